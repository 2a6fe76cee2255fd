package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EngagementCsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertEquals("'=HYPERLINK(\"x\")", EngagementCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", EngagementCsv.cell("+1"));
        assertEquals("'-2", EngagementCsv.cell("-2"));
        assertEquals("'@SUM(A1)", EngagementCsv.cell("@SUM(A1)"));
        assertEquals("Monthly Consultancy", EngagementCsv.cell("Monthly Consultancy"));
        assertEquals(-2L, EngagementCsv.cell(-2L), "numbers stay numbers");
    }
}
