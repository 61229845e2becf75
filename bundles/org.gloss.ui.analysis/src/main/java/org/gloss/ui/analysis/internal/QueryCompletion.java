package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Completion in the query editor: the code names and operators that begin with (or contain) the
 * word at the cursor, in a list under the field while typing or on Ctrl+Space; Up/Down choose,
 * Enter or Tab or a click inserts (quoting names that need it), Escape closes. The field keeps the
 * keyboard, so typing goes on as usual.
 */
final class QueryCompletion {
    private static final int SHOWN = 12;
    private static final KeyCombination ASK = KeyCombination.valueOf("Shortcut+Space");

    /** The word being typed: [start, caret) of the text, its letters, and whether it is inside quotes. */
    record Word(int start, String prefix, boolean quoted, boolean exact) {
    }

    private final TextField field;
    private final Supplier<List<String>> codes;
    private final List<String> keywords;
    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();

    QueryCompletion(TextField field, Supplier<List<String>> codes, List<String> keywords) {
        this.field = field;
        this.codes = codes;
        this.keywords = keywords;
        list.setId("query-completion");
        list.setPrefWidth(280);
        list.setPrefHeight(200);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        list.setOnMouseClicked(e -> accept());
        list.setFocusTraversable(false);
        // where the platform gives the popup the keyboard, its list answers the same keys
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.textProperty().addListener((o, was, now) -> {
            if (field.isFocused() && now.length() > was.length()) {
                update(false);
            } else if (popup.isShowing()) {
                update(false);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
    }

    private void key(KeyEvent e) {
        if (ASK.match(e)) {
            update(true);
            e.consume();
            return;
        }
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> {
                list.getSelectionModel().selectNext();
                e.consume();
            }
            case UP -> {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
            case ENTER, TAB -> {
                accept();
                e.consume();
            }
            case ESCAPE -> {
                popup.hide();
                e.consume();
            }
            default -> {
                // typing goes on in the field
            }
        }
    }

    /** Shows the matches for the word at the cursor; with {@code asked} also for an empty word. */
    void update(boolean asked) {
        Word word = wordAt(field.getText(), field.getCaretPosition());
        if (word.prefix().isEmpty() && !asked) {
            popup.hide();
            return;
        }
        List<String> matches = matches(word, codes.get(), keywords);
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(matches.subList(0, Math.min(SHOWN, matches.size())));
        list.getSelectionModel().selectFirst();
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY());
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    List<String> shown() {
        return list.getItems();
    }

    /** The list of choices (tests take its picture: the popup is a window of its own). */
    javafx.scene.Node listNode() {
        return list;
    }

    private void accept() {
        String chosen = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen == null) {
            return;
        }
        String text = field.getText();
        int caret = field.getCaretPosition();
        Word word = wordAt(text, caret);
        boolean keyword = keywords.contains(chosen);
        String insertion = keyword ? chosen + (chosen.endsWith("/") ? "" : " ") : (word.exact() ? "=" : "") + quoteIfNeeded(chosen) + " ";
        String replaced = text.substring(0, word.start()) + insertion + text.substring(caret);
        field.setText(replaced);
        field.positionCaret(word.start() + insertion.length());
    }

    /** The word before the caret: after an unclosed quote, or since the last space or parenthesis. */
    static Word wordAt(String text, int caret) {
        boolean inQuotes = false;
        int quoteAt = -1;
        for (int i = 0; i < caret; i++) {
            char c = text.charAt(i);
            if (c == '\\' && inQuotes) {
                i++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                quoteAt = i;
            }
        }
        if (inQuotes) {
            boolean exact = quoteAt > 0 && text.charAt(quoteAt - 1) == '=';
            return new Word(exact ? quoteAt - 1 : quoteAt, text.substring(quoteAt + 1, caret), true, exact);
        }
        int start = caret;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "()\"".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String word = text.substring(start, caret);
        boolean exact = word.startsWith("=");
        return new Word(start, exact ? word.substring(1) : word, false, exact);
    }

    /** Code names and operators for a word: those beginning with it first, then those containing it, ignoring case. */
    static List<String> matches(Word word, List<String> codes, List<String> keywords) {
        String prefix = word.prefix().toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        List<String> candidates = new ArrayList<>(codes);
        if (!word.quoted() && !word.exact()) {
            candidates.addAll(keywords);
        }
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix)) {
                starting.add(candidate);
            } else if (!prefix.isEmpty() && lower.contains(prefix)) {
                containing.add(candidate);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** A code name as the query language needs it written: quoted when it has spaces, parentheses, quotes or is an operator. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && !name.startsWith("=") && name.codePoints().noneMatch(c -> Character.isWhitespace(c)
                || c == '(' || c == ')' || c == '"') && !isOperator(name);
        return plain ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isOperator(String word) {
        return switch (word) {
            case "AND", "OR", "NOT", "OVERLAPS", "WITHIN", "NEAR", "FOLLOWED", "BY" -> true;
            default -> word.startsWith("NEAR/") || word.startsWith("BY/");
        };
    }

    /** For tests: Down, Enter as a user would press them. */
    void press(KeyCode code) {
        field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }
}
