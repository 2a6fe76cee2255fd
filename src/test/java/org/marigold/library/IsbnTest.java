package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsbnTest {

    @Test
    void thirteenDigitIsbnsWithTheirCheckDigitAreAccepted() {
        assertTrue(Isbn.isValid("978-0-8070-6915-8"), "We Want to Do More Than Survive");
        assertEquals("9780807069158", new Isbn("978 0 8070 6915 8").value());
    }

    @Test
    void tenDigitIsbnsIncludingXAreAccepted() {
        assertTrue(Isbn.isValid("0-8070-6915-9"), "the same book as ISBN-10");
        assertTrue(Isbn.isValid("0-306-40615-2"));
        assertTrue(Isbn.isValid("0-8044-2957-X"));
    }

    @Test
    void aWrongCheckDigitOrShapeIsRefused() {
        assertFalse(Isbn.isValid("978-0-8070-6915-9"));
        assertFalse(Isbn.isValid("0-306-40615-3"));
        assertFalse(Isbn.isValid("12345"));
        assertFalse(Isbn.isValid("977-0-8070-6915-8"));
        assertFalse(Isbn.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new Isbn("not an isbn"));
    }
}
