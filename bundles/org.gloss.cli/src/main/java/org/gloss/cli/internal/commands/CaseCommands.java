package org.gloss.cli.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cases.CaseText;
import org.gloss.core.cases.SpeakerCases;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.IntervalSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss case ...}: cases (interviewees, firms, villages), their members (whole documents or
 * ranges of code points) and attributes (the classification sheet). Removing a case never removes
 * a document or a coding.
 */
public final class CaseCommands {
    private CaseCommands() {
    }

    @Command(name = "case", description = "Add, list and remove cases; their members and attributes (the classification sheet).",
            subcommands = {Add.class, ListCases.class, Remove.class, Rename.class, AddMember.class, RemoveMember.class,
                    FromSpeakers.class, CaseAttrCommands.Attr.class})
    public static class CaseRoot extends ParentCommand {
    }

    @Command(name = "add", description = "Add a case, with whole documents (--doc) and ranges (--range D:START-END, "
            + "code points, end exclusive) as members. All or nothing.")
    public static class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--doc", paramLabel = "D", description = "a whole document is a member (repeatable)")
        List<String> documents = new ArrayList<>();
        @Option(names = "--range", paramLabel = "D:START-END", description = "a range of a document is a member (repeatable)")
        List<String> ranges = new ArrayList<>();
        @Option(names = "--description", paramLabel = "T") String description;

        @Override
        protected void run(ProjectSession session) {
            Case added = session.inTransaction(() -> {
                Case c = session.cases().add(name, description);
                for (CaseMember member : MemberArguments.resolve(session, documents, ranges)) {
                    session.cases().addMember(c.id(), member);
                }
                return session.cases().byId(c.id()).orElseThrow();
            });
            context().out().printf("added case %s with %d member(s)%n", Terminal.visible(added.name()), added.members().size());
        }
    }

    @Command(name = "add-member", description = "Add whole documents (--doc) and ranges (--range D:START-END) to a case.")
    public static class AddMember extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE") String name;
        @Option(names = "--doc", paramLabel = "D") List<String> documents = new ArrayList<>();
        @Option(names = "--range", paramLabel = "D:START-END") List<String> ranges = new ArrayList<>();

        @Override
        protected void run(ProjectSession session) {
            int added = session.inTransaction(() -> {
                Case c = session.cases().get(name);
                int count = 0;
                for (CaseMember member : MemberArguments.resolve(session, documents, ranges)) {
                    count += session.cases().addMember(c.id(), member) ? 1 : 0;
                }
                return count;
            });
            context().out().printf("added %d member(s) to %s%n", added, Terminal.visible(name));
        }
    }

    @Command(name = "remove-member", description = "Take whole documents (--doc) and ranges (--range D:START-END) out of a case;"
            + " the documents and their codings stay.")
    public static class RemoveMember extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE") String name;
        @Option(names = "--doc", paramLabel = "D") List<String> documents = new ArrayList<>();
        @Option(names = "--range", paramLabel = "D:START-END") List<String> ranges = new ArrayList<>();

        @Override
        protected void run(ProjectSession session) {
            int removed = session.inTransaction(() -> {
                Case c = session.cases().get(name);
                int count = 0;
                for (CaseMember member : MemberArguments.resolve(session, documents, ranges)) {
                    count += session.cases().removeMember(c.id(), member) ? 1 : 0;
                }
                return count;
            });
            context().out().printf("removed %d member(s) from %s%n", removed, Terminal.visible(name));
        }
    }

    @Command(name = "list", description = "List cases: name, members, coded segments (codings that overlap the case's text), attributes.")
    public static class ListCases extends ProjectCommand {
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            List<Document> documents = session.documents().list();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Integer> lengths = new HashMap<>();
            documents.forEach(d -> {
                names.put(d.id(), d.name());
                lengths.put(d.id(), d.length());
            });
            List<Case> cases = session.cases().list();
            List<Coding> codings = cases.isEmpty() ? List.of() : session.codings().list(CodingFilter.ALL);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Case c : cases) {
                Map<Long, IntervalSet> text = CaseText.regions(c, lengths);
                long coded = codings.stream().filter(k -> CaseText.overlaps(text, k.documentId(), k.start(), k.end())).count();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", c.name());
                row.put("description", c.description());
                List<Map<String, Object>> members = new ArrayList<>();
                for (CaseMember m : c.members()) {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("document", names.getOrDefault(m.documentId(), "#" + m.documentId()));
                    member.put("start", m.isWholeDocument() ? null : m.span().start());
                    member.put("end", m.isWholeDocument() ? null : m.span().end());
                    members.add(member);
                }
                row.put("members", members);
                row.put("coded_segments", coded);
                // ordered maps: Map.of's order changes from one run to the next, and so would the output
                Map<String, Object> attributes = new TreeMap<>();
                c.attributes().forEach((k, v) -> {
                    Map<String, Object> typed = new LinkedHashMap<>();
                    typed.put("type", v.type().name().toLowerCase(Locale.ROOT));
                    typed.put("value", v.value());
                    attributes.put(k, typed);
                });
                row.put("attributes", attributes);
                rows.add(row);
            }
            if (json) {
                Output.json(context().out(), rows);
                return;
            }
            context().out().printf("%-24s %8s %8s  %s%n", "NAME", "MEMBERS", "CODED", "ATTRIBUTES");
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                List<String> attributes = new ArrayList<>();
                new TreeMap<>(c.attributes()).forEach((k, v) -> attributes.add(Terminal.visible(k) + "=" + Terminal.visible(v.value())));
                context().out().printf("%-24s %8d %8d  %s%n", Terminal.visible(c.name()), c.members().size(),
                        rows.get(i).get("coded_segments"), String.join(", ", attributes));
                for (CaseMember m : c.members()) {
                    context().out().println("    " + Terminal.visible(MemberArguments.describe(m, names)));
                }
            }
        }
    }

    @Command(name = "remove", description = "Remove a case with its members and attributes; documents and codings stay.")
    public static class Remove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE") String name;

        @Override
        protected void run(ProjectSession session) {
            session.cases().remove(session.cases().get(name).id());
            context().out().println("removed case " + Terminal.visible(name));
        }
    }

    @Command(name = "rename", description = "Rename a case.")
    public static class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE") String name;
        @Parameters(index = "2", paramLabel = "NEW") String newName;

        @Override
        protected void run(ProjectSession session) {
            session.cases().rename(session.cases().get(name).id(), newName);
            context().out().printf("renamed case %s to %s%n", Terminal.visible(name), Terminal.visible(newName));
        }
    }

    @Command(name = "from-speakers", description = "One case per speaker of these transcripts (the same name in several "
            + "documents is one case) whose members are the speaker's turns; running it again adds only new turns.")
    public static class FromSpeakers extends ProjectCommand {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC") List<String> documents = new ArrayList<>();

        @Override
        protected void run(ProjectSession session) {
            List<Document> docs = new ArrayList<>();
            documents.forEach(d -> docs.add(session.documents().get(d)));
            SpeakerCases.Outcome outcome = SpeakerCases.fromSpeakers(session, docs);
            context().out().printf("%d new case(s), %d turn(s) added%n", outcome.created().size(), outcome.addedTurns());
            outcome.turns().forEach((speaker, turns) -> context().out().printf("  %s: %d turn(s)%s%n", Terminal.visible(speaker),
                    turns, outcome.created().contains(speaker) ? " (new case)" : ""));
            if (outcome.skipped() > 0) {
                context().out().printf("%d turn(s) without a speaker left out%n", outcome.skipped());
            }
        }
    }

    /** The value as the type says, or inferred. */
    static AttributeValue typed(String owner, String key, String raw, DocAttrCommands.TypeName type) {
        return DocAttrCommands.typed(owner, key, raw, type == null ? null : type.type());
    }
}
