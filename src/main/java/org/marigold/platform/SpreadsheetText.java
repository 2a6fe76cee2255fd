package org.marigold.platform;

/**
 * Text written into the CSV files Marigold exports, and read back from those it imports. A cell that starts like a
 * formula (=, +, -, @, a tab or a carriage return) would be run by a spreadsheet that opens the file ("CSV injection":
 * a title such as {@code =HYPERLINK(...)}); it is written with a leading apostrophe, which spreadsheets read as "this
 * is text". Reading takes that apostrophe off again, so an exported file imports as it was.
 */
public final class SpreadsheetText {

    private static final String STARTS_A_FORMULA = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The value as a cell: formula-like text kept as text; anything else as it is. */
    public static Object guarded(Object value) {
        if (value instanceof String text && startsAFormula(text, 0)) {
            return "'" + text;
        }
        return value;
    }

    /** A cell read back: the apostrophe {@link #guarded} put before formula-like text is taken off. */
    public static String unguarded(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsAFormula(cell, 1)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsAFormula(String text, int at) {
        return text.length() > at && STARTS_A_FORMULA.indexOf(text.charAt(at)) >= 0;
    }
}
