package org.gloss.ui.analysis.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.exporter.TableExporter;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The "Export" button of a view: one item per installed table exporter (CSV, XLSX); the file is
 * written in the background beside its destination and moved into place only when complete.
 */
final class TableExport {
    private final MenuButton button = new MenuButton("Export");

    TableExport(WorkbenchContext context, Supplier<List<TableExporter>> exporters, FileTargets targets, String id,
                String suggestedName, Supplier<List<ResultTable>> tables) {
        button.setId(id);
        button.setOnShowing(e -> {
            button.getItems().clear();
            for (TableExporter exporter : exporters.get().stream().sorted(Comparator.comparing(TableExporter::id)).toList()) {
                MenuItem item = new MenuItem(exporter.displayName() + "…");
                item.setId(id + "-" + exporter.id());
                item.setOnAction(a -> export(context, exporter, targets, suggestedName, tables.get()));
                button.getItems().add(item);
            }
            if (button.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No table exporters installed");
                none.setDisable(true);
                button.getItems().add(none);
            }
        });
        button.getItems().add(new MenuItem("…"));
    }

    MenuButton node() {
        return button;
    }

    static void export(WorkbenchContext context, TableExporter exporter, FileTargets targets, String suggestedName,
                       List<ResultTable> tables) {
        if (tables.isEmpty()) {
            context.showError("Nothing to export yet: run the analysis first.");
            return;
        }
        Optional<Path> target = targets.choose(context, "Export " + exporter.displayName(), exporter.fileExtension(), suggestedName);
        if (target.isEmpty()) {
            return;
        }
        if (context.workspace() != null && isProjectFile(target.get(), context.workspace().location())) {
            context.showError("Cannot export to " + target.get() + ": it is a file of the open project; choose another file.");
            return;
        }
        List<ResultTable> written = exporter.holdsSeveralTables() ? tables : tables.subList(0, 1);
        context.runInBackground("Exporting " + target.get().getFileName(), monitor -> {
            write(exporter, written, target.get());
            return target.get();
        }, file -> context.showStatus("Exported " + written.get(0).name().toLowerCase(java.util.Locale.ROOT) + " to " + file));
    }

    /** Whether the file is the project, its WAL, shared-memory or journal file (never replaced by an export). */
    static boolean isProjectFile(Path target, String project) {
        if (project.contains("://") && !project.startsWith("file://")) {
            return false;
        }
        Path file = Path.of(project).toAbsolutePath().normalize();
        Path chosen = target.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (chosen.equals(file.resolveSibling(file.getFileName() + suffix))) {
                return true;
            }
        }
        return false;
    }

    static void write(TableExporter exporter, List<ResultTable> tables, Path target) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                exporter.write(tables, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new GlossException("cannot write " + absolute + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export already failed and says so
                }
            }
        }
    }
}
