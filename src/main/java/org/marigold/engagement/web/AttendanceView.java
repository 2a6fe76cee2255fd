package org.marigold.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.engagement.EngagementService;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * engagement/attendance.xhtml: who took part in a meeting and for how long, as its facilitators correct it: minutes
 * for someone who left early, someone who joined by phone, someone recorded by mistake.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    @Inject
    EngagementService engagement;

    @Inject
    MeetingService meetings;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private Long meetingId;
    private transient Meeting meeting;
    private transient EngagementService.Attendees attendees = new EngagementService.Attendees(0, List.of(), false);
    private transient List<Membership> absent = List.of();
    /** Minutes typed per person; the number component may hand back any kind of number. */
    private final Map<Long, Number> minutes = new HashMap<>();
    private Long personToAdd;
    private Integer minutesToAdd;

    public void load() {
        attendees = engagement.attendance(currentUser.requireId(), meetingId);
        meeting = meetings.open(currentUser.requireId(), meetingId).meeting();
        Set<Long> present = attendees.named().stream().map(r -> r.person().getId()).collect(Collectors.toSet());
        // Who stayed away would tell who came.
        absent = attendees.anonymous() ? List.of() : communities.members(currentUser.requireId(), meeting.getCommunity().getSlugValue())
                .stream().filter(m -> !present.contains(m.getAccount().getId())).toList();
        minutes.clear();
        attendees.named().forEach(r -> minutes.put(r.person().getId(), r.minutes()));
    }

    public void correct(long accountId) {
        Number given = minutes.get(accountId);
        try {
            if (given == null) {
                throw Rejected.onField("minutes", "attendance.minutes.required");
            }
            engagement.correct(currentUser.requireId(), meetingId, accountId, given.intValue());
            PageMessages.info("attendance.corrected");
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
        }
        load();
    }

    public void remove(long accountId) {
        engagement.remove(currentUser.requireId(), meetingId, accountId);
        PageMessages.info("attendance.removed");
        load();
    }

    public void add() {
        try {
            if (personToAdd == null) {
                throw Rejected.onField("person", "attendance.choosePerson");
            }
            if (minutesToAdd == null) {
                throw Rejected.onField("minutesToAdd", "attendance.minutes.required");
            }
            engagement.add(currentUser.requireId(), meetingId, personToAdd, minutesToAdd);
            PageMessages.info("attendance.added");
            personToAdd = null;
            minutesToAdd = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "addForm");
        }
        load();
    }

    public Meeting getMeeting() {
        if (meeting == null) {
            load();
        }
        return meeting;
    }

    public EngagementService.Attendees getAttendees() {
        if (meeting == null) {
            load();
        }
        return attendees;
    }

    public List<Membership> getAbsent() {
        if (meeting == null) {
            load();
        }
        return absent;
    }

    public Map<Long, Number> getMinutes() {
        return minutes;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getPersonToAdd() {
        return personToAdd;
    }

    public void setPersonToAdd(Long personToAdd) {
        this.personToAdd = personToAdd;
    }

    public Integer getMinutesToAdd() {
        return minutesToAdd;
    }

    public void setMinutesToAdd(Integer minutesToAdd) {
        this.minutesToAdd = minutesToAdd;
    }
}
