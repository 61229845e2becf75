package org.gloss.core.exchange;

/**
 * Text cells of exports meant for spreadsheets (CSV with {@code --excel}, XLSX), neutralised as
 * OWASP's CSV-injection guidance says: a cell that begins with {@code = + - @}, a tab or a
 * carriage return would be read by Excel or LibreOffice as a formula ({@code =HYPERLINK(...)},
 * {@code +cmd|' /C calc'!A0}, {@code @SUM(...)}), so it gets a leading apostrophe, which
 * spreadsheets show as text and do not display. Plain CSV, meant for R and Python, keeps text
 * exact.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The text, with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** {@link #neutralize} for text; numbers and other values are left as they are. */
    public static Object neutralizeCell(Object value) {
        return value instanceof String text ? neutralize(text) : value;
    }
}
