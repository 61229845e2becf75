package org.gloss.cli.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.store.ProjectSession;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cases.CaseErrors;
import org.gloss.core.cases.SetMembership;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.model.Code;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss set ...}: sets of documents, static (listed documents, and codes as REFI-QDA allows)
 * or smart (an attribute condition evaluated whenever the set is used). Removing a set never
 * removes a document or a code.
 */
public final class SetCommands {
    private SetCommands() {
    }

    @Command(name = "set", description = "Add, list and remove sets of documents, static or smart.",
            subcommands = {Add.class, ListSets.class, Remove.class, Rename.class, AddDoc.class, RemoveDoc.class})
    public static class SetRoot extends ParentCommand {
    }

    /** A set is either listed or smart, never both. */
    static class Members {
        @Option(names = "--doc", paramLabel = "D", description = "a listed document (repeatable)")
        List<String> documents = new ArrayList<>();
        @Option(names = "--code", paramLabel = "C", description = "a listed code (repeatable; REFI-QDA sets may hold codes)")
        List<String> codes = new ArrayList<>();
    }

    @Command(name = "add", description = "Add a set: static with --doc (and --code), or smart with --where CONDITION, e.g. "
            + "'country=Kyrgyzstan AND year>=2020' (=, >=, <=, KEY=MIN..MAX, AND, OR, NOT, parentheses; \"quoted\" names and values).")
    public static class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @ArgGroup(exclusive = true, multiplicity = "0..1") Kind kind;
        @Option(names = "--description", paramLabel = "T") String description;

        static class Kind {
            @ArgGroup(exclusive = false) Members listed;
            @Option(names = "--where", paramLabel = "CONDITION", required = true,
                    description = "smart: the documents whose attributes meet the condition, whenever the set is used")
            String where;
        }

        @Override
        protected void run(ProjectSession session) {
            String condition = kind == null ? null : kind.where;
            Members listed = kind == null || kind.listed == null ? new Members() : kind.listed;
            DocumentSet added = session.inTransaction(() -> {
                if (condition != null) {
                    SetMembership.checkedCondition(condition, session.documents().list());
                }
                DocumentSet set = session.sets().add(name, description, condition == null ? null : condition.strip());
                for (String d : listed.documents) {
                    session.sets().addDocument(set.id(), session.documents().get(d).id());
                }
                for (String c : listed.codes) {
                    session.sets().addCode(set.id(), session.codebook().get(c).id());
                }
                return set;
            });
            int matched = SetMembership.documents(session.sets().byId(added.id()).orElseThrow(), session.documents().list()).size();
            context().out().printf("added %s set %s (%d document(s) now)%n", condition == null ? "static" : "smart",
                    Terminal.visible(name), matched);
        }
    }

    @Command(name = "list", description = "List sets: name, condition or listed documents, documents matched now, codes.")
    public static class ListSets extends ProjectCommand {
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            List<Document> documents = session.documents().list();
            Map<Long, String> docNames = new HashMap<>();
            documents.forEach(d -> docNames.put(d.id(), d.name()));
            Map<Long, String> codeNames = new HashMap<>();
            session.codebook().list().forEach((Code c) -> codeNames.put(c.id(), c.name()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DocumentSet set : session.sets().list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", set.name());
                row.put("kind", set.isSmart() ? "smart" : "static");
                row.put("description", set.description());
                row.put("condition", set.condition());
                row.put("members", set.documentIds().stream().map(id -> docNames.getOrDefault(id, "#" + id)).toList());
                row.put("codes", set.codeIds().stream().map(id -> codeNames.getOrDefault(id, "#" + id)).toList());
                Set<Long> matched = SetMembership.documents(set, documents);
                row.put("documents", matched.stream().map(docNames::get).toList());
                rows.add(row);
            }
            if (json) {
                Output.json(context().out(), rows);
                return;
            }
            context().out().printf("%-24s %-7s %9s  %s%n", "NAME", "KIND", "DOCUMENTS", "CONDITION OR MEMBERS");
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<String> matched = (List<String>) row.get("documents");
                @SuppressWarnings("unchecked")
                List<String> members = (List<String>) row.get("members");
                String definition = row.get("condition") != null ? (String) row.get("condition") : String.join(", ", members);
                context().out().printf("%-24s %-7s %9d  %s%n", Terminal.visible((String) row.get("name")), row.get("kind"),
                        matched.size(), Terminal.visible(definition));
            }
        }
    }

    @Command(name = "remove", description = "Remove a set; its documents and codes stay.")
    public static class Remove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SET") String name;

        @Override
        protected void run(ProjectSession session) {
            session.sets().remove(session.sets().get(name).id());
            context().out().println("removed set " + Terminal.visible(name));
        }
    }

    @Command(name = "rename", description = "Rename a set.")
    public static class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SET") String name;
        @Parameters(index = "2", paramLabel = "NEW") String newName;

        @Override
        protected void run(ProjectSession session) {
            session.sets().rename(session.sets().get(name).id(), newName);
            context().out().printf("renamed set %s to %s%n", Terminal.visible(name), Terminal.visible(newName));
        }
    }

    @Command(name = "add-doc", description = "List documents in a static set. All or nothing.")
    public static class AddDoc extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SET") String name;
        @Parameters(index = "2..*", arity = "1..*", paramLabel = "DOC") List<String> documents = new ArrayList<>();

        @Override
        protected void run(ProjectSession session) {
            int added = session.inTransaction(() -> {
                DocumentSet set = staticSet(session, name);
                int count = 0;
                for (String d : documents) {
                    count += session.sets().addDocument(set.id(), session.documents().get(d).id()) ? 1 : 0;
                }
                return count;
            });
            context().out().printf("added %d document(s) to %s%n", added, Terminal.visible(name));
        }
    }

    @Command(name = "remove-doc", description = "Take documents off a static set's list; the documents stay. All or nothing.")
    public static class RemoveDoc extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SET") String name;
        @Parameters(index = "2..*", arity = "1..*", paramLabel = "DOC") List<String> documents = new ArrayList<>();

        @Override
        protected void run(ProjectSession session) {
            int removed = session.inTransaction(() -> {
                DocumentSet set = staticSet(session, name);
                int count = 0;
                for (String d : documents) {
                    count += session.sets().removeDocument(set.id(), session.documents().get(d).id()) ? 1 : 0;
                }
                return count;
            });
            context().out().printf("removed %d document(s) from %s%n", removed, Terminal.visible(name));
        }
    }

    private static DocumentSet staticSet(ProjectSession session, String name) {
        DocumentSet set = session.sets().get(name);
        if (set.isSmart()) {
            throw CaseErrors.smartSetHasNoList(name);
        }
        return set;
    }
}
