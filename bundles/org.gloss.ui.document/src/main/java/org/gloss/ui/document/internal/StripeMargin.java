package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.IntFunction;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.gloss.model.Code;

/**
 * The coding-stripe margin beside the text, as MAXQDA draws it: per paragraph a graphic with one
 * coloured vertical stripe per code, running from the line where the code's coding starts to the
 * line where it ends, and the code's name where its stripe starts (elided when too long, the full
 * name as a tooltip; plain {@link Text} nodes, as controls cost too much CSS work per scrolled
 * paragraph). RichTextFX asks for one graphic per visible paragraph; a change redraws
 * only the graphics of the paragraphs it touched.
 */
final class StripeMargin implements IntFunction<Node> {
    static final double LABEL_WIDTH = 118;
    static final double COLUMN_WIDTH = 7;

    private final StripeNames names = new StripeNames(LABEL_WIDTH - 6);
    private StripeIndex index;
    private Map<Long, Code> codes = Map.of();
    /** The graphics made so far; RichTextFX drops those of paragraphs scrolled away. */
    private final Set<Graphic> graphics = Collections.newSetFromMap(new WeakHashMap<>());

    void show(StripeIndex stripes, Map<Long, Code> codesById) {
        this.index = stripes;
        this.codes = codesById;
        refresh(StripeIndex.Dirty.ALL);
    }

    void codes(Map<Long, Code> codesById) {
        this.codes = codesById;
    }

    /** Redraws the graphics on screen whose paragraphs changed. */
    void refresh(StripeIndex.Dirty dirty) {
        if (dirty.isEmpty()) {
            return;
        }
        for (Graphic graphic : new ArrayList<>(graphics)) {
            if (graphic.getScene() != null && dirty.includes(graphic.paragraph)) {
                graphic.draw();
            }
        }
    }

    @Override
    public Node apply(int paragraph) {
        Graphic graphic = new Graphic(paragraph);
        graphics.add(graphic);
        return graphic;
    }

    private double width() {
        return LABEL_WIDTH + (index == null ? 0 : index.columnCount()) * COLUMN_WIDTH + 6;
    }

    private Color colour(long codeId) {
        Code code = codes.get(codeId);
        return Color.web(code == null || code.color() == null ? "#9E9E9E" : code.color());
    }

    /**
     * One paragraph's stripes. Their vertical extent comes from the paragraph's text lines
     * ({@link TextFlow#rangeShape}), so a coding on the last line of a long paragraph draws a
     * short stripe beside that line only.
     */
    final class Graphic extends Region {
        private final int paragraph;
        private final List<StripeIndex.Stripe> stripes = new ArrayList<>();
        private final List<Rectangle> bars = new ArrayList<>();
        private final List<Text> labels = new ArrayList<>();
        private final List<StripeIndex.Stripe> labelled = new ArrayList<>();
        private final InvalidationListener textWidthChanged = o -> requestLayout();
        private TextFlow text;

        Graphic(int paragraph) {
            this.paragraph = paragraph;
            getStyleClass().add("coding-stripes");
            parentProperty().addListener((o, was, now) -> followText(now));
            draw();
        }

        int paragraph() {
            return paragraph;
        }

        /** The bars as drawn: per stripe, its column and vertical extent in this graphic. */
        List<Rectangle> bars() {
            return List.copyOf(bars);
        }

        void draw() {
            stripes.clear();
            bars.clear();
            labels.clear();
            labelled.clear();
            if (index != null) {
                stripes.addAll(index.stripes(paragraph));
            }
            List<Node> children = new ArrayList<>();
            for (StripeIndex.Stripe stripe : stripes) {
                Color colour = colour(stripe.codeId());
                Rectangle bar = new Rectangle(COLUMN_WIDTH - 2, 1, colour);
                bar.getStyleClass().add("coding-stripe");
                bar.setUserData(stripe);
                bars.add(bar);
                children.add(bar);
                Code code = codes.get(stripe.codeId());
                if (stripe.labelled() && code != null) {
                    Text name = names.label(code.name(), colour.darker());
                    labels.add(name);
                    labelled.add(stripe);
                    children.add(name);
                }
            }
            getChildren().setAll(children);
            setMinWidth(width());
            setPrefWidth(width());
            requestLayout();
        }

        /** Follows the paragraph's text beside it: when its width changes, its lines wrap anew. */
        private void followText(javafx.scene.Parent parent) {
            if (text != null) {
                text.widthProperty().removeListener(textWidthChanged);
                text = null;
            }
            if (parent != null) {
                for (Node sibling : parent.getChildrenUnmodifiable()) {
                    if (sibling instanceof TextFlow flow) {
                        text = flow;
                        flow.widthProperty().addListener(textWidthChanged);
                    }
                }
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return labels.size() * names.lineHeight();
        }

        @Override
        protected void layoutChildren() {
            if (text == null) {
                followText(getParent());
            }
            double height = getHeight();
            for (Rectangle bar : bars) {
                StripeIndex.Stripe stripe = (StripeIndex.Stripe) bar.getUserData();
                double top = stripe.fromAbove() ? 0 : lineTop(stripe.from());
                double bottom = stripe.toBelow() ? height : lineBottom(Math.max(stripe.from(), stripe.to() - 1));
                bar.setX(LABEL_WIDTH + stripe.column() * COLUMN_WIDTH);
                bar.setY(top);
                bar.setHeight(Math.max(1, bottom - top));
            }
            // each name beside the line where its stripe starts, top to bottom, never on top of another
            double[] wanted = new double[labels.size()];
            Integer[] order = new Integer[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                wanted[i] = lineTop(labelled.get(i).from());
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> wanted[i]));
            double free = 0;
            for (int i : order) {
                double y = Math.max(free, wanted[i]);
                Text label = labels.get(i);
                label.relocate(LABEL_WIDTH - 4 - label.getLayoutBounds().getWidth(), y);
                free = y + names.lineHeight();
            }
        }

        private double lineTop(int character) {
            double[] line = line(character);
            return line == null ? 0 : line[0];
        }

        private double lineBottom(int character) {
            double[] line = line(character);
            return line == null ? getHeight() : line[1];
        }

        /** Top and bottom (in this graphic) of the text line holding the paragraph's character; null when unknown. */
        private double[] line(int character) {
            if (text == null) {
                return null;
            }
            int length = index == null ? 0 : index.paragraphLength(paragraph);
            if (length == 0) {
                return null;
            }
            int at = Math.max(0, Math.min(character, length - 1));
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (PathElement element : text.rangeShape(at, at + 1)) {
                double y;
                if (element instanceof MoveTo move) {
                    y = move.getY();
                } else if (element instanceof LineTo lineTo) {
                    y = lineTo.getY();
                } else {
                    continue;
                }
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
            if (top > bottom) {
                return null;
            }
            double offset = text.getLayoutY() - getLayoutY();
            return new double[] {top + offset, bottom + offset};
        }
    }
}
