package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void typedTagsAreTrimmedLowerCasedAndDeduplicated() {
        Tags tags = Tags.parse(" Equity, read-alouds,,  K-3 ,equity ");
        assertEquals(List.of("equity", "k-3", "read-alouds"), tags.sorted());
        assertEquals(",equity,k-3,read-alouds,", tags.stored());
        assertEquals(tags.sorted(), Tags.fromStored(tags.stored()).sorted());
    }

    @Test
    void noTagsAreStoredAsNothing() {
        assertNull(Tags.parse("  , ").stored());
        assertEquals(List.of(), Tags.fromStored(null).sorted());
    }

    @Test
    void scriptCommasInsideAndTooManyTagsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Tags.parse("<script>"));
        assertThrows(IllegalArgumentException.class, () -> Tags.parse("x".repeat(41)));
        assertThrows(IllegalArgumentException.class, () -> Tags.parse("a,b,c,d,e,f,g,h,i,j,k"));
    }

    @Test
    void tagsAsPeopleWriteThemElsewhereAreTags() {
        assertEquals(List.of("ell/esl", "equity", "k-12"), Tags.parse("#Equity, ELL/ESL, # K-12").sorted());
    }

    @Test
    void aRefusalNamesTheTagThatCannotBeOne() {
        assertEquals("<b>bold</b>", assertThrows(Tags.NotATag.class, () -> Tags.parse("equity, <b>bold</b>")).tag());
        assertNull(assertThrows(Tags.NotATag.class, () -> Tags.parse("a,b,c,d,e,f,g,h,i,j,k")).tag(), "too many names none");
    }
}
