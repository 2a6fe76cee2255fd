package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseAreLeftOutOfWhatIsCompared() {
        assertEquals("strategies de lecture", SearchText.folded("Stratégies de LECTURE"));
        assertEquals("espanol ninos", SearchText.folded("Español niños"));
        assertEquals("oeuvre aeternum strasse lodz", SearchText.folded("Œuvre Æternum Straße Łódź"));
    }

    @Test
    void typedWordsAreFoldedTheSameWay() {
        assertEquals(List.of("strategies", "ecole"), SearchText.words("  Stratégies  ÉCOLE stratégies ", 5));
        assertEquals(List.of(), SearchText.words("   ", 5));
    }

    @Test
    void percentAndUnderscoreAreSearchedForNotWildcards() {
        assertEquals("%50\\% off%", SearchText.containing("50% off"));
        assertEquals("%a\\_b%", SearchText.containing("a_b"));
        assertEquals("%c:\\\\temp%", SearchText.containing("c:\\temp"));
    }

    @Test
    void aResourceIsSearchedByItsTitleDescriptionAndTagsFolded() {
        assertEquals("lire en classe ,equite,", SearchText.of("Lire", "en classe", ",équité,"));
    }
}
