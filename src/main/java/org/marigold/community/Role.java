package org.marigold.community;

/** What a person may do in one community. Each role includes what the roles below it may do. */
public enum Role {
    GUEST, MEMBER, FACILITATOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** Admins invite anyone; facilitators bring in members and guests. */
    public boolean mayInvite(Role invited) {
        return this == ADMIN || (this == FACILITATOR && MEMBER.includes(invited));
    }
}
