package org.marigold.community;


/**
 * A community as one person sees it: their role there (null when they are not a member), and how many belong. (Its
 * next meeting is the meeting feature's: pages ask MeetingService.next.)
 */
public record CommunityOverview(Community community, Role myRole, long memberCount) {

    public boolean isMember() {
        return myRole != null;
    }

    public boolean isAdmin() {
        return myRole == Role.ADMIN;
    }

    public boolean mayInvite() {
        return myRole != null && myRole.mayInvite(Role.GUEST);
    }

    /** Members and above add to the library and take part fully; guests read and answer chats. */
    public boolean mayContribute() {
        return myRole != null && myRole.includes(Role.MEMBER);
    }

    public boolean mayFacilitate() {
        return myRole != null && myRole.includes(Role.FACILITATOR);
    }
}
