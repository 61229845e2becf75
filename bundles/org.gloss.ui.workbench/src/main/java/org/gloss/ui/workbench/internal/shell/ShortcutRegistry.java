package org.gloss.ui.workbench.internal.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;

import org.gloss.ui.workbench.api.KeyboardShortcuts;

/** The window's keys: binding one installs its handler and adds it to the keyboard-shortcut sheet. */
final class ShortcutRegistry implements KeyboardShortcuts {
    private final Set<Shortcut> bound = new LinkedHashSet<>();

    @Override
    public void bind(Node node, String area, String keys, String description, BooleanSupplier action) {
        KeyboardShortcuts.install(node, keys, action);
        bound.add(new Shortcut(area, KeyboardShortcuts.display(keys), description));
    }

    @Override
    public List<Shortcut> bound() {
        return new ArrayList<>(bound);
    }
}
