package org.gloss.ui.workbench.internal.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.gloss.ui.workbench.api.KeyboardShortcuts;

/**
 * Help > Keyboard shortcuts: every menu accelerator (read from the menu bar as it is now, with
 * the contributed menus) and every key bound through {@link KeyboardShortcuts}, the binding that
 * also handles the key. Nothing is typed twice, so the sheet says what the keys do.
 */
final class KeyboardSheet {
    private KeyboardSheet() {
    }

    /** The sheet's lines: the menus' accelerators first (area "Menu File" ...), then the bound keys in binding order. */
    static List<KeyboardShortcuts.Shortcut> lines(MenuBar menus, KeyboardShortcuts shortcuts) {
        List<KeyboardShortcuts.Shortcut> lines = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(lines, plain(menu.getText()), menu.getItems());
        }
        lines.addAll(shortcuts.bound());
        return lines;
    }

    private static void collect(List<KeyboardShortcuts.Shortcut> lines, String path, List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                collect(lines, path + " > " + plain(submenu.getText()), submenu.getItems());
            } else if (item.getAccelerator() != null) {
                lines.add(new KeyboardShortcuts.Shortcut("Menu " + path, item.getAccelerator().getDisplayText(), plain(item.getText())));
            }
        }
    }

    /** A label without its mnemonic underscore ("_File" is File). */
    private static String plain(String label) {
        return label == null ? "" : label.replace("_", "");
    }

    static Alert show(Window owner, MenuBar menus, KeyboardShortcuts shortcuts) {
        TableView<KeyboardShortcuts.Shortcut> table = new TableView<>();
        table.setId("keyboard-sheet");
        table.setAccessibleText("Keyboard shortcuts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Keys", 140, KeyboardShortcuts.Shortcut::keys));
        table.getColumns().add(column("Where", 150, KeyboardShortcuts.Shortcut::area));
        table.getColumns().add(column("What it does", 380, KeyboardShortcuts.Shortcut::description));
        table.getItems().setAll(lines(menus, shortcuts));
        table.setPrefSize(700, 460);
        Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Every key of this window, as it is bound now (plugins' keys included)");
        sheet.getDialogPane().setContent(table);
        sheet.setResizable(true);
        sheet.show();
        return sheet;
    }

    private static TableColumn<KeyboardShortcuts.Shortcut, String> column(String title, double width,
                                                                         java.util.function.Function<KeyboardShortcuts.Shortcut, String> value) {
        TableColumn<KeyboardShortcuts.Shortcut, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
