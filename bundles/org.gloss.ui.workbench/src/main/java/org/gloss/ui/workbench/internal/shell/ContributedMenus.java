package org.gloss.ui.workbench.internal.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Puts contributed actions into the menu bar: into their menu (a new name adds a menu), into a
 * submenu when they name one, and in the File menu above "Close project", where users look for
 * Export and Import rather than below Exit.
 */
final class ContributedMenus {
    /** Label of the built-in File item that contributed File items go above. */
    static final String FILE_ANCHOR = "Close project";

    private ContributedMenus() {
    }

    static void addAll(Map<String, Menu> menus, List<ActionContribution> actions, WorkbenchContext context) {
        for (ActionContribution action : actions) {
            Menu menu = menus.computeIfAbsent(action.menu(), Menu::new);
            MenuItem item = item(action, context);
            if (action.submenu() == null) {
                insert(menu, item);
            } else {
                Menu submenu = submenu(menu, action.submenu());
                submenu.getItems().add(item);
                submenu.getItems().sort(Comparator.comparing(MenuItem::getText));
            }
        }
    }

    private static MenuItem item(ActionContribution action, WorkbenchContext context) {
        MenuItem item = new MenuItem(action.label());
        if (action.accelerator() != null) {
            item.setAccelerator(KeyCombination.valueOf(action.accelerator()));
        }
        item.setOnAction(e -> action.run(context));
        return item;
    }

    private static Menu submenu(Menu menu, String name) {
        for (MenuItem existing : menu.getItems()) {
            if (existing instanceof Menu sub && name.equals(sub.getText())) {
                return sub;
            }
        }
        Menu created = new Menu(name);
        created.setId("menu-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        insert(menu, created);
        return created;
    }

    /** Appends, except in the File menu: above its "Close project" section, with a separator. */
    private static void insert(Menu menu, MenuItem item) {
        List<MenuItem> items = menu.getItems();
        int anchor = -1;
        for (int i = 0; i < items.size(); i++) {
            if (FILE_ANCHOR.equals(items.get(i).getText())) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            items.add(item);
            return;
        }
        boolean contributedSectionExists = anchor >= 2 && items.get(anchor - 1) instanceof SeparatorMenuItem
                && Boolean.TRUE.equals(items.get(anchor - 1).getProperties().get(ContributedMenus.class));
        if (!contributedSectionExists) {
            SeparatorMenuItem separator = new SeparatorMenuItem();
            separator.getProperties().put(ContributedMenus.class, Boolean.TRUE);
            items.add(anchor, separator);
            anchor++;
        }
        // just above the contributed section's closing separator
        items.add(anchor - 1, item);
    }
}
