package org.marigold.community;

/** What someone holding an invitation link sees before joining. */
public record InvitationPreview(String communityName, String communitySlug, Role role, Invitation.State state) {

    public boolean isOpen() {
        return state == Invitation.State.OPEN;
    }
}
