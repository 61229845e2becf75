package org.gloss.ui.workbench.internal.shell;

import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Keeps every window of the workbench in the chosen theme: the main window and each dialog or
 * pop-up as it opens (Preferences, About, import choices, a plugin's dialog), not just the scene
 * the theme was switched in. Dialogs have scenes of their own, which do not inherit the main
 * scene's stylesheets, so without this they stayed light in the dark theme.
 */
final class WindowThemes {
    private final Window main;
    private final String stylesheet;
    private final BooleanProperty dark;

    private WindowThemes(Window main, String stylesheet, BooleanProperty dark) {
        this.main = main;
        this.stylesheet = stylesheet;
        this.dark = dark;
    }

    /** Applies the theme {@code dark} says to the main window and the windows it owns, now and from now on. */
    static void follow(Window main, String stylesheet, BooleanProperty dark) {
        WindowThemes themes = new WindowThemes(main, stylesheet, dark);
        Window.getWindows().forEach(themes::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(themes::watch);
            }
        });
        dark.addListener((o, was, now) -> Window.getWindows().stream().filter(themes::ours)
                .forEach(w -> themes.apply(w.getScene())));
    }

    private void watch(Window window) {
        if (ours(window)) {
            apply(window.getScene());
            window.sceneProperty().addListener((o, was, scene) -> apply(scene));
        }
    }

    /** The main window, a window it owns (through dialogs and pop-ups), or a window without an owner. */
    private boolean ours(Window window) {
        for (Window at = window; at != null; at = owner(at)) {
            if (at == main) {
                return true;
            }
            if (owner(at) == null) {
                return at == window;
            }
        }
        return false;
    }

    private static Window owner(Window window) {
        if (window instanceof javafx.stage.Stage stage) {
            return stage.getOwner();
        }
        return window instanceof javafx.stage.PopupWindow popup ? popup.getOwnerWindow() : null;
    }

    private void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getStylesheets().remove(stylesheet);
        if (dark.get()) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
