package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void theSwitcherGoesBackOnlyToThisSite() {
        assertEquals("/community/view.xhtml?c=literacy", LanguageSwitch.sameSite("/community/view.xhtml?c=literacy"));
        assertEquals("/", LanguageSwitch.sameSite("//evil.example/"));
        assertEquals("/", LanguageSwitch.sameSite("https://evil.example/"));
        assertEquals("/", LanguageSwitch.sameSite("/\\evil.example"));
        assertEquals("/", LanguageSwitch.sameSite("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LanguageSwitch.sameSite(null));
    }
}
