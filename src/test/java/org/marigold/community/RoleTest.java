package org.marigold.community;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheRolesBelowIt() {
        assertTrue(Role.ADMIN.includes(Role.FACILITATOR));
        assertTrue(Role.FACILITATOR.includes(Role.MEMBER));
        assertTrue(Role.MEMBER.includes(Role.GUEST));
        assertTrue(Role.MEMBER.includes(Role.MEMBER));
        assertFalse(Role.GUEST.includes(Role.MEMBER));
        assertFalse(Role.FACILITATOR.includes(Role.ADMIN));
    }

    @Test
    void adminsInviteAnyRole() {
        for (Role role : Role.values()) {
            assertTrue(Role.ADMIN.mayInvite(role));
        }
    }

    @Test
    void facilitatorsInviteOnlyMembersAndGuests() {
        assertTrue(Role.FACILITATOR.mayInvite(Role.MEMBER));
        assertTrue(Role.FACILITATOR.mayInvite(Role.GUEST));
        assertFalse(Role.FACILITATOR.mayInvite(Role.FACILITATOR));
        assertFalse(Role.FACILITATOR.mayInvite(Role.ADMIN));
    }

    @Test
    void membersAndGuestsInviteNobody() {
        for (Role role : Role.values()) {
            assertFalse(Role.MEMBER.mayInvite(role));
            assertFalse(Role.GUEST.mayInvite(role));
        }
    }
}
