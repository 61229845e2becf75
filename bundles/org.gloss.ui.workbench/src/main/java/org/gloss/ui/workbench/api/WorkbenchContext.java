package org.gloss.ui.workbench.api;

import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Window;

import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.annotation.versioning.ProviderType;

/** What views and actions may use. Every method is called on the FX thread. */
@ProviderType
public interface WorkbenchContext {
    /** The open project's view model; null while the welcome page shows. */
    ReadOnlyObjectProperty<Workspace> workspaceProperty();

    default Workspace workspace() {
        return workspaceProperty().get();
    }

    /** The current selection, shared by views (the memo editor follows it). */
    ObjectProperty<Selection> selectionProperty();

    /**
     * Opens a project (a file path or a server URL) in this window, closing the current one, e.g.
     * after an import created it. Errors are shown to the user.
     */
    default void openProject(String location) {
        throw new UnsupportedOperationException("this workbench cannot open projects");
    }

    /** Opens (or brings forward) a document in the editor area. */
    void openDocument(long documentId);

    /** Opens a document and selects a span (code points), e.g. from a coded segment. */
    void reveal(long documentId, int start, int end);

    /** The document whose tab is selected in the editor area, if any (e.g. to search only it). */
    default OptionalLong currentDocument() {
        return OptionalLong.empty();
    }

    /**
     * The text selected last in the document in front (code points), if that document has a
     * non-empty selection, e.g. to add it to a case.
     */
    default java.util.Optional<org.gloss.model.TextSpan> currentTextSelection() {
        return java.util.Optional.empty();
    }

    /**
     * Marks the hits of the current search in every open document view, and in those opened
     * later, as a highlight distinct from codings, until other marks replace them; {@code null}
     * clears them. The marks are loaded off the FX thread.
     */
    default void markSearchHits(SearchHitMarks marks) {
    }

    /**
     * Runs work off the FX thread with a progress bar and Cancel button in the status bar; the
     * result is handed to {@code onSuccess} on the FX thread. Failures are shown to the user.
     */
    <T> void runInBackground(String title, BackgroundWork<T> work, Consumer<T> onSuccess);

    /** Opens another session on the current project for a background thread. */
    ProjectSession openSessionForBackgroundWork();

    void showStatus(String message);

    /** Shows an error the user can act on. */
    void showError(String message);

    Window window();

    /** The user's preferences (text font and size, theme, word snapping, stripes); in-memory defaults outside a workbench. */
    default WorkbenchPreferences preferences() {
        return Defaults.PREFERENCES;
    }

    /** Where views bind their keys, so that Help > Keyboard shortcuts lists them. */
    default KeyboardShortcuts shortcuts() {
        return Defaults.SHORTCUTS;
    }

    /** What the default methods above hand out. */
    final class Defaults {
        static final WorkbenchPreferences PREFERENCES = WorkbenchPreferences.inMemory();
        static final KeyboardShortcuts SHORTCUTS = KeyboardShortcuts.unlisted();

        private Defaults() {
        }
    }
}
