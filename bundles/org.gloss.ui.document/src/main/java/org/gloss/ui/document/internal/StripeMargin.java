package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.gloss.model.Code;
import org.gloss.model.Coding;

/**
 * The coding-stripe margin beside the text, as MAXQDA draws it: per paragraph a graphic with one
 * coloured vertical stripe per code (or per code and coder), running from the line where the
 * coding starts to the line where it ends, and the code's name where its stripe starts (elided
 * when too long, the full name as a tooltip; plain {@link Text} nodes, as controls cost too much
 * CSS work per scrolled paragraph). Names never overlap and never make a paragraph taller than
 * its text: when more start beside a paragraph than its lines hold, the last one that fits says
 * "+N more" and lists them as its tooltip. A stripe whose codings have a memo carries a small
 * mark; hovering a stripe lists its codings with coders and memo beginnings. The margin is as
 * wide as the columns of every code the document has codings of, shown or hidden, so hiding a
 * code does not move the text. RichTextFX asks for one graphic per visible paragraph; a change
 * redraws only the graphics of the paragraphs it touched.
 */
final class StripeMargin implements IntFunction<Node> {
    static final double LABEL_WIDTH = 118;
    static final double COLUMN_WIDTH = 7;
    private static final int MEMO_PREVIEW = 120;

    private final StripeNames names = new StripeNames(LABEL_WIDTH - 6);
    private StripeIndex index;
    private Map<Long, Code> codes = Map.of();
    private Map<Long, String> coders = Map.of();
    private LongFunction<Coding> codings = id -> null;
    private int reservedColumns;
    /** Labels in a darker shade of the code's colour on light backgrounds, a lighter one on dark. */
    private boolean darkBackground;
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

    /** Coder names (for per-coder labels and tooltips) and the drawn codings by id (for memo previews). */
    void details(Map<Long, String> coderNames, LongFunction<Coding> codingsById) {
        this.coders = coderNames;
        this.codings = codingsById;
    }

    /** Keeps room for this many columns whether or not their codings are shown; true when the width changed. */
    boolean reserve(int columns) {
        if (columns == reservedColumns) {
            return false;
        }
        reservedColumns = columns;
        return true;
    }

    /** Redraws the graphics on screen whose paragraphs changed. */
    /** The theme's text background changed between light and dark: labels are redrawn in a readable shade. */
    void darkBackground(boolean dark) {
        if (dark != darkBackground) {
            darkBackground = dark;
            refresh(StripeIndex.Dirty.ALL);
        }
    }

    private Color labelShade(Color colour) {
        return darkBackground ? colour.deriveColor(0, 0.8, 1.35, 1) : colour.darker();
    }

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

    double width() {
        int columns = Math.max(reservedColumns, index == null ? 0 : index.columnCount());
        return LABEL_WIDTH + columns * COLUMN_WIDTH + 6;
    }

    private Color colour(long codeId) {
        Code code = codes.get(codeId);
        return Color.web(code == null || code.color() == null ? "#9E9E9E" : code.color());
    }

    /** "AB" for "Aida Bekova", "AI" for "aida": a coder's initials for the per-coder labels. */
    static String initials(String name) {
        String[] parts = name.strip().split("[\\s._-]+");
        StringBuilder initials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && initials.length() < 3) {
                initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        if (initials.length() == 1 && name.strip().codePointCount(0, name.strip().length()) > 1) {
            int second = name.strip().offsetByCodePoints(0, 1);
            initials.appendCodePoint(Character.toUpperCase(name.strip().codePointAt(second)));
        }
        return initials.toString();
    }

    /** The tooltip of a stripe: each coding with its coder and the beginning of its memo. */
    private String describe(int paragraph, StripeIndex.Stripe stripe) {
        Code code = codes.get(stripe.codeId());
        StringBuilder text = new StringBuilder(code == null ? "?" : code.name());
        for (CodingStyles.Extent extent : index.extentsOf(paragraph, stripe)) {
            text.append("\n• ").append(coders.getOrDefault(extent.coderId(), "?"));
            Coding coding = codings.apply(extent.codingId());
            if (coding != null && coding.memo() != null && !coding.memo().isBlank()) {
                String memo = coding.memo().strip().replace('\n', ' ');
                text.append(" — memo: ").append(memo.length() > MEMO_PREVIEW ? memo.substring(0, MEMO_PREVIEW) + "…" : memo);
            }
        }
        return text.toString();
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
        private final List<Circle> memoMarks = new ArrayList<>();
        private final List<Text> labels = new ArrayList<>();
        private final List<StripeIndex.Stripe> labelled = new ArrayList<>();
        private final Text more = new Text();
        private final InvalidationListener textWidthChanged = o -> requestLayout();
        private TextFlow text;

        Graphic(int paragraph) {
            this.paragraph = paragraph;
            getStyleClass().add("coding-stripes");
            more.getStyleClass().addAll("stripe-label", "stripe-more");
            more.setFont(javafx.scene.text.Font.font("DejaVu Sans", 10));
            more.setTextOrigin(javafx.geometry.VPos.TOP);
            more.setManaged(false);
            more.setFill(Color.web("#546E7A"));
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

        /** The labels shown (names, and "+N more" when they did not all fit). */
        List<Text> shownLabels() {
            List<Text> shown = new ArrayList<>();
            for (Text label : labels) {
                if (label.isVisible()) {
                    shown.add(label);
                }
            }
            if (more.isVisible()) {
                shown.add(more);
            }
            return shown;
        }

        void draw() {
            stripes.clear();
            bars.clear();
            memoMarks.clear();
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
                // a Tooltip is a window of its own: made when the pointer first comes
                bar.setOnMouseEntered(e -> {
                    if (bar.getProperties().get(Tooltip.class) == null) {
                        Tooltip tooltip = new Tooltip(describe(paragraph, stripe));
                        tooltip.setShowDelay(javafx.util.Duration.millis(250));
                        Tooltip.install(bar, tooltip);
                        bar.getProperties().put(Tooltip.class, tooltip);
                    }
                });
                bars.add(bar);
                children.add(bar);
                if (stripe.memo()) {
                    Circle mark = new Circle(2.5, Color.WHITE);
                    mark.setStroke(colour.darker().darker());
                    mark.setStrokeWidth(1.2);
                    mark.getStyleClass().add("memo-mark");
                    mark.setUserData(stripe);
                    mark.setMouseTransparent(true);
                    memoMarks.add(mark);
                    children.add(mark);
                }
                Code code = codes.get(stripe.codeId());
                if (stripe.labelled() && code != null) {
                    String coder = stripe.coderId() < 0 ? "" : coders.getOrDefault(stripe.coderId(), "?");
                    Text name = coder.isEmpty() ? names.label(code.name(), labelShade(colour))
                            : names.label(code.name(), " · " + initials(coder), code.name() + " — " + coder, labelShade(colour));
                    labels.add(name);
                    labelled.add(stripe);
                    children.add(name);
                }
            }
            more.setVisible(false);
            children.add(more);
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

        /** One label line at most: the labels fit into the paragraph's own height (see {@link #layoutChildren}). */
        @Override
        protected double computePrefHeight(double width) {
            return labels.isEmpty() ? 0 : names.lineHeight();
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
            for (Circle mark : memoMarks) {
                StripeIndex.Stripe stripe = (StripeIndex.Stripe) mark.getUserData();
                double top = stripe.fromAbove() ? 0 : lineTop(stripe.from());
                mark.setCenterX(LABEL_WIDTH + stripe.column() * COLUMN_WIDTH + (COLUMN_WIDTH - 2) / 2);
                mark.setCenterY(top + 3.5);
            }
            layoutLabels(height);
        }

        /**
         * Each name beside the line where its stripe starts, top to bottom, never on top of
         * another and never below the paragraph; what does not fit is summed up as "+N more".
         */
        private void layoutLabels(double height) {
            double line = names.lineHeight();
            double[] wanted = new double[labels.size()];
            Integer[] order = new Integer[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                wanted[i] = lineTop(labelled.get(i).from());
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> wanted[i]));
            double free = 0;
            List<Integer> placed = new ArrayList<>();
            List<Integer> hidden = new ArrayList<>();
            double[] placedAt = new double[labels.size()];
            for (int i : order) {
                double y = Math.max(free, wanted[i]);
                if (!hidden.isEmpty() || y + line > Math.max(height, line) + 0.5) {
                    hidden.add(i);
                    continue;
                }
                placed.add(i);
                placedAt[i] = y;
                free = y + line;
            }
            if (!hidden.isEmpty() && !placed.isEmpty()) {
                // the summary takes the place of the last name shown, so that it still fits
                int last = placed.remove(placed.size() - 1);
                hidden.add(0, last);
                free = placedAt[last];
            }
            for (int i : placed) {
                Text label = labels.get(i);
                label.setVisible(true);
                label.relocate(LABEL_WIDTH - 4 - label.getLayoutBounds().getWidth(), placedAt[i]);
            }
            more.setVisible(!hidden.isEmpty());
            if (!hidden.isEmpty()) {
                List<String> hiddenNames = new ArrayList<>();
                for (int i : hidden) {
                    labels.get(i).setVisible(false);
                    hiddenNames.add(String.valueOf(labels.get(i).getUserData()));
                }
                more.setText(hidden.size() == labels.size() && hidden.size() > 1 ? hidden.size() + " codes…" : "+" + hidden.size() + " more…");
                more.setUserData(String.join(", ", hiddenNames));
                more.relocate(LABEL_WIDTH - 4 - more.getLayoutBounds().getWidth(), free);
                Tooltip tooltip = (Tooltip) more.getProperties().get(Tooltip.class);
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    Tooltip.install(more, tooltip);
                    more.getProperties().put(Tooltip.class, tooltip);
                }
                tooltip.setText(String.join("\n", hiddenNames));
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
