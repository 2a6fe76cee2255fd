package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.MailKind;
import org.marigold.community.Membership;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingPage;
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

    /** The page shows the next few meetings and the last few records; the meetings page has them all. */
    private static final int COMING_SHOWN = 5;
    private static final int PAST_SHOWN = 3;

    @Inject
    org.marigold.engagement.EngagementService engagement;

    private transient java.util.Map<Long, List<org.marigold.engagement.BadgeRule>> badges = java.util.Map.of();
    private List<Meeting> meetings = List.of();
    private List<Meeting> past = List.of();

    private String slug;
    private CommunityOverview overview;
    private List<Membership> members = List.of();
    private List<Resource> resources = List.of();
    private long resourceCount;
    /** Which mail about this community's meetings the person gets, by kind ("reminders", "summaries", "digests"). */
    private final Map<String, Boolean> mail = new HashMap<>();
    /** The next meeting (running, or the soonest planned); null when none is. */
    private Meeting nextMeeting;

    public void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
        nextMeeting = meetingService.next(overview.community().getId()).orElse(null);
        if (overview.isMember()) {
            members = communities.members(currentUser.requireId(), slug);
            badges = engagement.badges(currentUser.requireId(), slug);
            long me = currentUser.requireId();
            members.stream().filter(m -> m.getAccount().getId() == me).findFirst()
                    .ifPresent(m -> Arrays.stream(MailKind.values()).forEach(kind -> mail.put(kind.lowerCase(), m.wants(kind))));
            meetings = meetingService.find(currentUser.requireId(), slug, MeetingPage.When.UPCOMING, null, 1, COMING_SHOWN).meetings();
            past = meetingService.find(currentUser.requireId(), slug, MeetingPage.When.PAST, null, 1, PAST_SHOWN).meetings();
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

    /** Saves the choice of one kind of mail, said beside its checkbox ({@code checkbox}, within the form "mail"). */
    public void saveMail(String kind, String checkbox) {
        MailKind chosen = MailKind.named(kind);
        try {
            mail.put(chosen.lowerCase(), communities.chooseMail(currentUser.requireId(), slug, chosen,
                    Boolean.TRUE.equals(mail.get(chosen.lowerCase()))).wants(chosen));
            PageMessages.infoBeside("reminders:" + checkbox, "community.reminders.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "reminders");
        }
    }

    public Map<String, Boolean> getMail() {
        return mail;
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

    public Meeting getNextMeeting() {
        return nextMeeting;
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

    /** Each member's badges, unless they hide them. */
    public java.util.Map<Long, List<org.marigold.engagement.BadgeRule>> getBadges() {
        return badges == null ? java.util.Map.of() : badges;
    }

    public List<Meeting> getPast() {
        return past;
    }

    public long getResourceCount() {
        return resourceCount;
    }
}
