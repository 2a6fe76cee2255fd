package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** A community's page: what it is, its next meeting, its library, and (for members) who belongs. */
@Named
@ViewScoped
public class CommunityView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    LibraryService library;

    @Inject
    MeetingService meetingService;

    @Inject
    CurrentUser currentUser;

    private List<Meeting> meetings = List.of();

    private String slug;
    private CommunityOverview overview;
    private List<Membership> members = List.of();
    private List<Resource> resources = List.of();
    private long resourceCount;

    public void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
        if (overview.isMember()) {
            members = communities.members(currentUser.requireId(), slug);
            meetings = meetingService.meetingsOf(currentUser.requireId(), slug);
        }
        resources = library.newest(currentUser.idOrNull(), slug, 10);
        resourceCount = library.count(currentUser.idOrNull(), slug);
    }

    public String leave() {
        try {
            communities.leave(currentUser.requireId(), slug);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "leave");
            return null;
        }
        PageMessages.infoAfterRedirect("community.left", overview.community().getName());
        return "/index.xhtml?faces-redirect=true";
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public List<Membership> getMembers() {
        return members;
    }

    public List<Resource> getResources() {
        return resources;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public long getResourceCount() {
        return resourceCount;
    }
}
