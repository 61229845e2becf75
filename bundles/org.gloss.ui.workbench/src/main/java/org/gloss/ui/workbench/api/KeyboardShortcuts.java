package org.gloss.ui.workbench.api;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The keys of the workbench that are not menu accelerators. A view binds a key here, and the same
 * binding is what handles the key and what Help > Keyboard shortcuts lists (together with the
 * menus' accelerators), so the sheet cannot drift from what the keys do.
 */
@ProviderType
public interface KeyboardShortcuts {
    /** One line of the sheet: where the key works, the key as shown on this platform, what it does. */
    record Shortcut(String area, String keys, String description) {
    }

    /**
     * Makes the key combination (JavaFX syntax, e.g. "Shortcut+K", "Shift+F3") run the action
     * while the focus is inside {@code node}, before the node's own handling, and lists it on the
     * sheet under {@code area}. The action returns whether it handled the key; a key it did not
     * handle goes on to the node.
     */
    void bind(Node node, String area, String keys, String description, java.util.function.BooleanSupplier action);

    /** Like {@link #bind(Node, String, String, String, java.util.function.BooleanSupplier)}, always handling the key. */
    default void bind(Node node, String area, String keys, String description, Runnable action) {
        bind(node, area, keys, description, () -> {
            action.run();
            return true;
        });
    }

    /** The bound keys, each (area, keys, description) once, in the order they were first bound. */
    List<Shortcut> bound();

    /** Binds keys to nodes without listing them anywhere. */
    static KeyboardShortcuts unlisted() {
        return new KeyboardShortcuts() {
            @Override
            public void bind(Node node, String area, String keys, String description, java.util.function.BooleanSupplier action) {
                install(node, keys, action);
            }

            @Override
            public List<Shortcut> bound() {
                return List.of();
            }
        };
    }

    /** The key handling itself, shared by every implementation. */
    static void install(Node node, String keys, java.util.function.BooleanSupplier action) {
        KeyCombination combination = KeyCombination.valueOf(keys);
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (combination.match(event) && action.getAsBoolean()) {
                event.consume();
            }
        });
    }

    /** The combination as this platform shows it (Ctrl+K, or ⌘K on macOS). */
    static String display(String keys) {
        return KeyCombination.valueOf(keys).getDisplayText();
    }
}
