package org.gloss.cli.internal.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.SharedProject;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.model.Code;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss memo ...}: the project's memos, one per object (the project, a document, a code, a
 * coding) plus free memos named by a title. They are the same memos the workbench's memo panel
 * edits, and a coding's memo is the one {@code coding list} and every export show.
 */
public final class MemoCommands {
    private MemoCommands() {
    }

    @Command(name = "memo", description = "Write, show, list and remove memos.",
            subcommands = {Set.class, Show.class, ListMemos.class, Remove.class})
    public static class MemoRoot extends ParentCommand {
    }

    /** Which memo: exactly one of the options. */
    static class Target {
        @Option(names = "--project", required = true, description = "the project's memo") boolean project;
        @Option(names = "--doc", required = true, paramLabel = "D", description = "the memo on document D") String document;
        @Option(names = "--code", required = true, paramLabel = "C", description = "the memo on code C") String code;
        @Option(names = "--coding", required = true, paramLabel = "ID", description = "the memo on the coding with this id (see 'coding list')")
        Long coding;
        @Option(names = "--free", required = true, paramLabel = "TITLE", description = "the free memo with this title") String free;

        /** The memo's target kind and object id in this project; unknown names are errors. */
        MemoTarget kind() {
            if (project) {
                return MemoTarget.PROJECT;
            } else if (document != null) {
                return MemoTarget.DOCUMENT;
            } else if (code != null) {
                return MemoTarget.CODE;
            } else if (coding != null) {
                return MemoTarget.CODING;
            }
            return MemoTarget.FREE;
        }

        long id(ProjectSession session) {
            return switch (kind()) {
                case PROJECT, FREE -> 0;
                case DOCUMENT -> session.documents().get(document).id();
                case CODE -> session.codebook().get(code).id();
                case CODING -> session.codings().byId(coding).orElseThrow(() -> new GlossException("unknown coding: " + coding)).id();
            };
        }

        Optional<Memo> find(ProjectSession session) {
            return kind() == MemoTarget.FREE ? session.memos().findFree(free) : session.memos().find(kind(), id(session));
        }

        String describe() {
            return switch (kind()) {
                case PROJECT -> "the project";
                case DOCUMENT -> "document " + document;
                case CODE -> "code " + code;
                case CODING -> "coding " + coding;
                case FREE -> "free memo '" + free + "'";
            };
        }
    }

    @Command(name = "set", description = "Write a memo (replacing the one there). TEXT '-' reads standard input; "
            + "an empty TEXT is refused (use 'memo remove').")
    public static class Set extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;
        @Parameters(index = "1", paramLabel = "TEXT") String text;
        @Option(names = "--author", paramLabel = "NAME", description = "who wrote it (default: the server user, or your login name)")
        String author;
        private String memo;

        @Override
        protected void checkArguments() {
            memo = "-".equals(text) ? readStandardInput() : text;
            if (memo.isBlank()) {
                throw new GlossException("the memo text is empty; to remove a memo use 'gloss memo remove'");
            }
        }

        @Override
        protected void run(ProjectSession session) {
            String by = author != null ? author
                    : SharedProject.of(session).map(SharedProject::user).orElse(System.getProperty("user.name"));
            if (target.kind() == MemoTarget.FREE) {
                if (target.free.isBlank()) {
                    throw new GlossException("a free memo needs a title");
                }
                session.memos().putFree(target.free.strip(), by, memo);
            } else {
                session.memos().put(target.kind(), target.id(session), by, memo);
            }
            context().out().println("memo on " + target.describe() + " saved");
        }

        private static String readStandardInput() {
            try {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "show", description = "Print a memo's text exactly.")
    public static class Show extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;

        @Override
        protected void run(ProjectSession session) {
            Memo memo = target.find(session).orElseThrow(() -> new GlossException("no memo on " + target.describe()));
            context().out().print(memo.text());
            context().out().flush();
        }
    }

    @Command(name = "remove", description = "Remove a memo.")
    public static class Remove extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Target target;

        @Override
        protected void run(ProjectSession session) {
            session.inTransaction(() -> {
                target.find(session).orElseThrow(() -> new GlossException("no memo on " + target.describe()));
                if (target.kind() == MemoTarget.FREE) {
                    session.memos().removeFree(target.free);
                } else {
                    session.memos().remove(target.kind(), target.id(session));
                }
            });
            context().out().println("memo on " + target.describe() + " removed");
        }
    }

    @Command(name = "list", description = "List memos: target (project, document, code, coding, free), name "
            + "(the document, code or title; the coding's id), text, updated.")
    public static class ListMemos extends ProjectCommand {
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            Map<Long, String> documents = session.documents().names();
            Map<Long, String> codes = new HashMap<>();
            for (Code c : session.codebook().list()) {
                codes.put(c.id(), c.name());
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Memo memo : session.memos().list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("target", memo.target().name().toLowerCase(java.util.Locale.ROOT));
                row.put("name", switch (memo.target()) {
                    case PROJECT -> "";
                    case DOCUMENT -> documents.getOrDefault(memo.targetId(), "#" + memo.targetId());
                    case CODE -> codes.getOrDefault(memo.targetId(), "#" + memo.targetId());
                    case CODING -> Long.toString(memo.targetId());
                    case FREE -> memo.title();
                });
                row.put("text", memo.text());
                row.put("updated", memo.updated().toString());
                row.put("author", memo.author());
                rows.add(row);
            }
            if (json) {
                Output.json(context().out(), rows);
            } else {
                context().out().printf("%-9s %-30s %-20s %s%n", "TARGET", "NAME", "UPDATED", "TEXT");
                for (Map<String, Object> row : rows) {
                    context().out().printf("%-9s %-30s %-20s %s%n", row.get("target"), row.get("name"),
                            row.get("updated").toString().substring(0, Math.min(19, row.get("updated").toString().length())),
                            firstLine((String) row.get("text")));
                }
            }
        }

        private static String firstLine(String text) {
            String line = text.lines().findFirst().orElse("");
            return line.length() > 60 ? line.substring(0, 57) + "..." : line + (text.contains("\n") ? " ..." : "");
        }
    }
}
