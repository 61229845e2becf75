package org.gloss.cli.internal.commands;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.model.Code;
import org.gloss.model.CodeTree;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss code ...}: the codebook. */
public final class CodeCommands {
    private CodeCommands() {
    }

    @Command(name = "code", description = "Keep the codebook: add, list, rename, move, merge, remove codes.",
            subcommands = {Add.class, ListCodes.class, Rename.class, Move.class, Merge.class, Remove.class})
    public static class CodeRoot extends ParentCommand {
    }

    @Command(name = "add", description = "Add a code.")
    public static class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--parent", paramLabel = "NAME") String parent;
        @Option(names = "--color", paramLabel = "#RRGGBB") String color;
        @Option(names = "--description", paramLabel = "TEXT") String description;

        @Override
        protected void run(ProjectSession session) {
            Long parentId = parent == null ? null : session.codebook().get(parent).id();
            session.codebook().add(name, parentId, color, description);
            context().out().println("added code " + Terminal.visible(name));
        }
    }

    @Command(name = "list", description = "List the code tree with coding counts.")
    public static class ListCodes extends ProjectCommand {
        private static final Comparator<Code> BY_NAME = (a, b) -> a.name().compareToIgnoreCase(b.name());
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            CodeTree tree = new CodeTree(session.codebook().list());
            Map<Long, Integer> counts = session.codebook().codingCounts();
            List<CodeTree.Entry> entries = tree.preorder(BY_NAME);
            if (json) {
                CodeTreeJson.write(context().out(), entries, counts);
            } else {
                for (CodeTree.Entry entry : entries) {
                    Code code = entry.code();
                    context().out().printf("%s%s (%d)%s%n", "  ".repeat(entry.level() - 1), Terminal.visible(code.name()),
                            counts.getOrDefault(code.id(), 0), code.color() == null ? "" : " " + code.color());
                }
            }
        }
    }

    @Command(name = "rename", description = "Rename a code.")
    public static class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Parameters(index = "2", paramLabel = "NEW_NAME") String newName;

        @Override
        protected void run(ProjectSession session) {
            session.codebook().rename(session.codebook().get(name).id(), newName);
            context().out().println("renamed " + Terminal.visible(name) + " to " + Terminal.visible(newName));
        }
    }

    @Command(name = "move", description = "Move a code under another code (or to the top with --top).")
    public static class Move extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Parameters(index = "2", paramLabel = "PARENT", arity = "0..1") String parent;
        @Option(names = "--top", description = "make it a top-level code") boolean top;

        @Override
        protected void checkArguments() {
            if ((parent == null) == !top) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give either PARENT or --top");
            }
        }

        @Override
        protected void run(ProjectSession session) {
            Long parentId = top ? null : session.codebook().get(parent).id();
            session.codebook().move(session.codebook().get(name).id(), parentId);
            context().out().println("moved " + Terminal.visible(name) + (top ? " to the top level" : " under " + Terminal.visible(parent)));
        }
    }

    @Command(name = "merge", description = "Merge a code into another: its codings and sub-codes move to the target.")
    public static class Merge extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE") String source;
        @Parameters(index = "2", paramLabel = "TARGET") String target;

        @Override
        protected void run(ProjectSession session) {
            int moved = session.codebook().merge(session.codebook().get(source).id(), session.codebook().get(target).id());
            context().out().println("merged " + Terminal.visible(source) + " into " + Terminal.visible(target) + " (" + moved + " codings moved)");
        }
    }

    @Command(name = "remove", description = "Remove a code; refuses while it has codings or sub-codes unless --force.")
    public static class Remove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--force", description = "also remove its codings and sub-codes") boolean force;

        @Override
        protected void run(ProjectSession session) {
            session.codebook().remove(session.codebook().get(name).id(), force);
            context().out().println("removed code " + Terminal.visible(name));
        }
    }
}
