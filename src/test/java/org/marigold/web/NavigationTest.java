package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NavigationTest {

    @Test
    void aReturnAddressOnThisSiteIsKept() {
        assertEquals("/join.xhtml?invite=mgi_abc", Navigation.safeNext("/join.xhtml?invite=mgi_abc", "/index.xhtml"));
    }

    @Test
    void addressesThatLeaveTheSiteAreReplaced() {
        assertEquals("/index.xhtml", Navigation.safeNext("https://evil.example/", "/index.xhtml"));
        assertEquals("/index.xhtml", Navigation.safeNext("//evil.example/", "/index.xhtml"));
        assertEquals("/index.xhtml", Navigation.safeNext("/\\evil.example/", "/index.xhtml"));
        assertEquals("/index.xhtml", Navigation.safeNext("/x\r\nSet-Cookie: a=b", "/index.xhtml"));
        assertEquals("/index.xhtml", Navigation.safeNext(null, "/index.xhtml"));
    }
}
