package org.marigold.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvitedAddressesTest {

    @Test
    void addressesArePastedAsSpreadsheetsAndMailProgramsWriteThem() {
        InvitedAddresses parsed = InvitedAddresses.parse("""
                Sam Rivera <Sam@Example.org>, maya@example.org; "Rivera, Ana" <ana@example.org>
                Maya Chen maya@example.org
                noor@example.org  gabriel@example.org\tmailto:ines@example.org
                """);
        assertEquals(List.of("sam@example.org", "maya@example.org", "ana@example.org", "noor@example.org", "gabriel@example.org",
                "ines@example.org"), parsed.addresses(), "each once, in lower case, names left out");
        assertEquals(List.of(), parsed.notAddresses());
    }

    @Test
    void whatIsNotAnAddressIsNamedToBeFixed() {
        InvitedAddresses parsed = InvitedAddresses.parse("sam@example.org, Maya Chen, felix@, <not an address>, @example.org");
        assertEquals(List.of("sam@example.org"), parsed.addresses());
        assertEquals(List.of("Maya Chen", "felix@", "not an address", "@example.org"), parsed.notAddresses());
    }

    @Test
    void nothingPastedIsNothing() {
        assertEquals(new InvitedAddresses(List.of(), List.of()), InvitedAddresses.parse("  \n ,; "));
        assertEquals(new InvitedAddresses(List.of(), List.of()), InvitedAddresses.parse(null));
    }
}
