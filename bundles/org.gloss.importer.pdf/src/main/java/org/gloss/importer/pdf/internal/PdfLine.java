package org.gloss.importer.pdf.internal;

/**
 * One line of text on a page, in one column, with where it sits (PDF points, y growing
 * downwards from the top of the page) and its font size.
 *
 * @param column 0 for a line across the whole page, 1 for the left column, 2 for the right one
 */
record PdfLine(String text, float left, float right, float baseline, float fontSize, int page, int column) {
}
