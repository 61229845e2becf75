package org.gloss.cli.internal.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.project.DemoProject;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Builds the sample project ({@link DemoProject}) in a new file and prints a summary. */
@Command(name = "demo", description = "Build a sample project (default: a fresh one in the temp folder) and summarize it.")
public class DemoCommand extends GlossCommand {
    @Parameters(index = "0", paramLabel = "P", arity = "0..1", description = "project file to create")
    Path project;

    @Override
    public Integer call() {
        Path target = project != null ? project : defaultLocation();
        try (ProjectSession session = context().createProject(target.toString())) {
            DemoProject.fill(session);
            summarize(session, target);
        }
        return 0;
    }

    /**
     * A new file in the temporary folder. An earlier demo project is never deleted or replaced: it
     * may be open in a workbench, whose codings would then go into a file no longer there.
     */
    private static Path defaultLocation() {
        String stem = "gloss-demo-" + System.getProperty("user.name");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        Path path = dir.resolve(stem + ".gloss");
        for (int n = 2; Files.exists(path); n++) {
            path = dir.resolve(stem + "-" + n + ".gloss");
        }
        return path;
    }

    private void summarize(ProjectSession session, Path target) {
        var out = context().out();
        out.println("Gloss demo project: " + target);
        out.println();
        Map<Long, Integer> docCounts = session.documents().codingCounts();
        out.println("Documents");
        for (Document d : session.documents().list()) {
            out.printf("  %-10s %5d code points  %3d codings  %s%n", d.name(), d.length(), docCounts.getOrDefault(d.id(), 0),
                    d.attributes().get("source type").value());
        }
        out.println();
        out.println("Codebook (codings)");
        Map<Long, Integer> codeCounts = session.codebook().codingCounts();
        for (Code c : session.codebook().list()) {
            out.printf("  %s%-20s %3d  %s%n", c.parentId() == null ? "" : "  ", c.name(), codeCounts.getOrDefault(c.id(), 0), c.color());
        }
        out.println();
        out.println("Coders");
        for (Coder coder : session.coders().list()) {
            long n = session.codings().list(new org.gloss.api.store.CodingFilter(null, null, coder.id())).size();
            out.printf("  %-6s %3d codings%n", coder.name(), n);
        }
        out.println();
        out.println("Try:");
        out.println("  gloss coding list " + target + " --code \"debt concern\"");
        out.println("  gloss code list " + target);
    }
}
