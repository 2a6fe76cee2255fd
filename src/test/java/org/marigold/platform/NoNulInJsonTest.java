package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoNulInJsonTest {

    @Test
    void aNulWrittenOrRawIsFound() {
        assertTrue(NoNulInJson.holdsNul("{\"title\":\"a\\u0000b\"}"));
        assertTrue(NoNulInJson.holdsNul("{\"title\":\"a\\U0000b\"}"));
        assertTrue(NoNulInJson.holdsNul("{\"title\":\"a\0b\"}"));
        assertTrue(NoNulInJson.holdsNul("{\"title\":\"a\\\\\\u0000\"}"), "an escaped backslash, then a NUL");
    }

    @Test
    void aBackslashFollowedByTheWordsIsNotANul() {
        assertFalse(NoNulInJson.holdsNul("{\"title\":\"C:\\\\u0000 folder\"}"), "an escaped backslash, then the text u0000");
        assertFalse(NoNulInJson.holdsNul("{\"title\":\"caf\\u00e9\"}"));
    }
}
