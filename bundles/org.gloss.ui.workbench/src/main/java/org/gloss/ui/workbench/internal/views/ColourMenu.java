package org.gloss.ui.workbench.internal.views;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.gloss.core.project.CodePalette;
import org.gloss.model.Code;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.EditCode;

/**
 * A code's Colour menu: the palette new codes take their colours from, by name (the code's own
 * colour ticked), and a colour picker for any other colour. Each choice is one undoable step.
 */
final class ColourMenu {
    private ColourMenu() {
    }

    static Menu of(WorkbenchContext context, Code code) {
        Menu menu = new Menu("Colour");
        menu.setId("colour-menu");
        for (CodePalette.Colour colour : CodePalette.COLOURS) {
            boolean current = colour.hex().equalsIgnoreCase(String.valueOf(code.color()));
            MenuItem choice = new MenuItem((current ? "✓ " : "") + colour.name(), new Rectangle(14, 14, Color.web(colour.hex())));
            choice.setId("colour-" + colour.name().replace(' ', '-'));
            choice.setOnAction(e -> CodebookView.execute(context, EditCode.recolor(code.id(), colour.hex())));
            menu.getItems().add(choice);
        }
        ColorPicker picker = new ColorPicker(code.color() == null ? Color.GREY : Color.web(code.color()));
        picker.setId("colour-picker");
        picker.setAccessibleText("Any other colour for " + code.name());
        picker.setPadding(new Insets(2));
        picker.setOnAction(e -> {
            String hex = hex(picker.getValue());
            if (!hex.equalsIgnoreCase(String.valueOf(code.color()))) {
                CodebookView.execute(context, EditCode.recolor(code.id(), hex));
            }
        });
        CustomMenuItem other = new CustomMenuItem(picker, false);
        other.setId("colour-other");
        menu.getItems().addAll(new SeparatorMenuItem(), other);
        return menu;
    }

    /** #RRGGBB of a colour (the store keeps no transparency). */
    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }
}
