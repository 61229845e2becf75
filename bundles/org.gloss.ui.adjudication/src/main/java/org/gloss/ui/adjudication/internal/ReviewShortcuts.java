package org.gloss.ui.adjudication.internal;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keys for walking and deciding disagreements, so that an adjudicator can work through a long
 * list without the mouse. Every key combination has a modifier or is a function key: plain
 * letters must keep typing into the note field. A key does what a click on its button does, and
 * nothing while the button is disabled. Each button's tooltip names its keys.
 */
final class ReviewShortcuts {
    private ReviewShortcuts() {
    }

    /** A button and the keys that press it, e.g. "Ctrl+1" (Ctrl is Cmd on macOS), "F8". */
    record Binding(Button button, String... keys) {
        boolean matches(KeyEvent event) {
            for (String key : keys) {
                if (KeyCombination.valueOf(shortcut(key)).match(event)) {
                    return true;
                }
            }
            return false;
        }

        String describe() {
            return String.join(" or ", keys);
        }

        private static String shortcut(String key) {
            return key.replace("Ctrl+", "Shortcut+");
        }
    }

    static void install(Node view, List<Binding> bindings) {
        for (Binding binding : bindings) {
            Tooltip tooltip = new Tooltip();
            // the accept buttons are renamed after the chosen coders
            tooltip.textProperty().bind(binding.button().textProperty().concat(" (" + binding.describe() + ")"));
            binding.button().setTooltip(tooltip);
        }
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Binding binding : bindings) {
                if (binding.matches(event)) {
                    // fire() does nothing on a disabled button, as a click would
                    binding.button().fire();
                    event.consume();
                    return;
                }
            }
        });
    }
}
