package org.gloss.ui.document.internal;

import java.util.Map;
import java.util.function.IntFunction;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.gloss.model.Code;

/**
 * The coding-stripe margin beside the text, as MAXQDA draws it: per paragraph a graphic with one
 * coloured vertical stripe per code that codes the paragraph, and the code's name where its
 * stripe starts. RichTextFX asks for one graphic per visible paragraph.
 */
final class StripeMargin implements IntFunction<Node> {
    static final double LABEL_WIDTH = 118;
    static final double COLUMN_WIDTH = 7;

    /**
     * The current stripes and codes. The graphics follow it, so a new coding redraws a few
     * rectangles instead of making RichTextFX rebuild every visible paragraph.
     */
    private final javafx.beans.property.ObjectProperty<Stripes> stripes = new javafx.beans.property.SimpleObjectProperty<>();

    /** What the margin draws: the index and the codes by id. */
    record Stripes(StripeIndex index, Map<Long, Code> codes) {
    }

    void show(StripeIndex index, Map<Long, Code> codes) {
        stripes.set(new Stripes(index, codes));
    }

    @Override
    public Node apply(int paragraph) {
        return new Graphic(paragraph);
    }

    private double width() {
        return LABEL_WIDTH + (stripes.get() == null ? 0 : stripes.get().index().columnCount()) * COLUMN_WIDTH + 6;
    }

    /** One paragraph's stripes; stripes fill the paragraph's full height so that they join up. */
    private final class Graphic extends Region {
        private final VBox labels = new VBox();
        private final int paragraph;
        private final javafx.beans.InvalidationListener redraw = o -> draw();

        Graphic(int paragraph) {
            this.paragraph = paragraph;
            getStyleClass().add("coding-stripes");
            labels.setAlignment(Pos.TOP_RIGHT);
            labels.setFillWidth(true);
            stripes.addListener(new javafx.beans.WeakInvalidationListener(redraw));
            draw();
        }

        private void draw() {
            getChildren().setAll(labels);
            labels.getChildren().clear();
            Stripes current = stripes.get();
            if (current == null) {
                return;
            }
            StripeIndex index = current.index();
            Map<Long, Code> codes = current.codes();
            for (int column = 0; column < index.columnCount(); column++) {
                if (!index.isActive(paragraph, column)) {
                    continue;
                }
                Code code = codes.get(index.codeAt(column));
                Color colour = Color.web(code == null || code.color() == null ? "#9E9E9E" : code.color());
                Rectangle stripe = new Rectangle(COLUMN_WIDTH - 2, 1, colour);
                stripe.setUserData(column);
                getChildren().add(stripe);
                if (index.startsAt(paragraph, column) && code != null) {
                    Label name = new Label(code.name());
                    name.getStyleClass().add("stripe-label");
                    name.setTextFill(colour.darker());
                    name.setMaxWidth(LABEL_WIDTH - 4);
                    labels.getChildren().add(name);
                }
            }
            setMinWidth(width());
            setPrefWidth(width());
        }

        @Override
        protected double computePrefHeight(double width) {
            return labels.prefHeight(LABEL_WIDTH);
        }

        @Override
        protected void layoutChildren() {
            double height = getHeight();
            labels.resizeRelocate(0, 0, LABEL_WIDTH - 4, Math.max(height, labels.prefHeight(LABEL_WIDTH)));
            for (Node child : getChildren()) {
                if (child instanceof Rectangle stripe) {
                    int column = (int) stripe.getUserData();
                    stripe.setX(LABEL_WIDTH + column * COLUMN_WIDTH);
                    stripe.setY(0);
                    stripe.setHeight(Math.max(1, height));
                }
            }
        }
    }
}
