package org.marigold.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void aNameBecomesAReadableAddress() {
        assertEquals("district-literacy-community-of-practice", Slug.fromName("District Literacy Community of Practice").value());
    }

    @Test
    void accentsAreDroppedAndPunctuationBecomesHyphens() {
        assertEquals("reseau-des-enseignants-en-ligne-qc", Slug.fromName("  Réseau des enseignants en ligne (QC)!  ").value());
    }

    @Test
    void aNameWithoutLettersStillGetsAnAddress() {
        assertEquals("community", Slug.fromName("¡¿!?").value());
        assertEquals("script-alert-1-script", Slug.fromName("<script>alert(1)</script>").value());
    }

    @Test
    void longNamesAreShortenedLeavingRoomForANumber() {
        Slug slug = Slug.fromName("a very long name ".repeat(10));
        assertTrue(slug.value().length() <= Slug.MAX_LENGTH - 4);
        assertTrue(Slug.isValid(slug.numbered(99).value()));
    }

    @Test
    void onlyLowerCaseLettersDigitsAndSingleHyphensAreValid() {
        assertTrue(Slug.isValid("grade-3-readers"));
        assertFalse(Slug.isValid("Grade-3"));
        assertFalse(Slug.isValid("grade--3"));
        assertFalse(Slug.isValid("-grade"));
        assertFalse(Slug.isValid("../etc"));
        assertFalse(Slug.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new Slug("not valid"));
    }
}
