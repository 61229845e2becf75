package org.gloss.exchange.refiqda.internal;

/**
 * How a smart set's condition travels in QDA-XML, which has no smart sets and whose SetType allows
 * no attributes or elements of other vocabularies (a file with them is not schema-valid): as the
 * last paragraph of the set's {@code <Description>}, {@code Gloss smart set: CONDITION}. Other
 * tools show it as part of the description (so their users see why the set holds what it holds)
 * and see the members the condition selected when the file was written; Gloss reads the condition
 * back and the set is smart again.
 */
final class SmartSetDescription {
    static final String MARK = "Gloss smart set: ";
    private static final String SEPARATOR = "\n\n";

    /** A set's description as read back: the user's text and the condition, or null for a static set. */
    record Parsed(String description, String condition) {
    }

    private SmartSetDescription() {
    }

    /** The Description to write: the set's own, then the condition's paragraph for a smart set. */
    static String write(String description, String condition) {
        if (condition == null) {
            return description;
        }
        String paragraph = MARK + condition;
        return description.isEmpty() ? paragraph : description + SEPARATOR + paragraph;
    }

    /** Splits a Description written by {@link #write}; any other text is a static set's description. */
    static Parsed read(String written) {
        if (written == null) {
            return new Parsed("", null);
        }
        int paragraph = written.lastIndexOf(SEPARATOR + MARK);
        if (paragraph >= 0 && written.indexOf('\n', paragraph + SEPARATOR.length()) < 0) {
            return new Parsed(written.substring(0, paragraph), written.substring(paragraph + SEPARATOR.length() + MARK.length()));
        }
        if (written.startsWith(MARK) && written.indexOf('\n') < 0) {
            return new Parsed("", written.substring(MARK.length()));
        }
        return new Parsed(written, null);
    }
}
