package org.marigold.meeting;

import org.marigold.community.Role;

/** A meeting as one person sees it: their role in its community and what they may do in it. */
public record MeetingView(Meeting meeting, Role role, boolean facilitates, boolean presents) {

    /** Facilitators may act for an absent presenter. */
    public boolean speaksForPresenter() {
        return presents || facilitates;
    }
}
