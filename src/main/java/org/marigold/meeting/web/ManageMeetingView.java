package org.marigold.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Place;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Rejected;
import org.marigold.web.DisplayTime;
import org.marigold.web.Language;
import org.marigold.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The "Manage this meeting" and "Where we meet" cards of the preparation page: a facilitator renames and reschedules
 * the meeting, changes its protocol before it begins, cancels it with an optional reason, plans a cancelled one again,
 * and says where it happens (a video call, a room).
 */
@Named
@ViewScoped
public class ManageMeetingView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    ProtocolService protocols;

    @Inject
    CurrentUser currentUser;

    @Inject
    DisplayTime displayTime;

    @Inject
    Language language;

    @Inject
    @Param(name = "m")
    Long meetingId;

    private MeetingView view;
    private List<ProtocolTemplate> templates = List.of();

    private final MeetingForm form = new MeetingForm();

    /** Another protocol to follow; null keeps the meeting's own copy. */
    private Long templateId;

    @Size(max = Place.LINK_MAX, message = "{meeting.place.callLink.tooLong}")
    private String callLink;

    @Size(max = Place.ROOM_MAX, message = "{meeting.place.room.tooLong}")
    private String room;

    @Size(max = Meeting.CANCEL_REASON_MAX, message = "{meeting.cancel.reason.tooLong}")
    private String reason;

    @PostConstruct
    void load() {
        if (meetingId == null) {
            return;
        }
        view = meetings.open(currentUser.requireId(), meetingId);
        Meeting meeting = view.meeting();
        form.setTitle(meeting.getTitle());
        form.setStartsAt(LocalDateTime.ofInstant(meeting.getStartsAt(), displayTime.zone(meeting.getCommunity().getTimeZone())));
        templateId = null;
        reason = null;
        callLink = meeting.getPlace().getCallLink();
        room = meeting.getPlace().getRoom();
        if (view.facilitates()) {
            templates = protocols.templates(currentUser.requireId(), meeting.getCommunity().getSlugValue()).stream()
                    .map(t -> t.in(language.getLocale())).toList();
        }
    }

    /** Saves the title, the time and (before the start) the protocol, each refused next to its field. */
    public void save() {
        try {
            // The time first: it is what is refused most often, and a refused time must leave the protocol as it was.
            Meeting meeting = meetings.reschedule(currentUser.requireId(), meetingId, form.getTitle(),
                    form.getStartsAt().atZone(displayTime.zone(view.meeting().getCommunity().getTimeZone())).toInstant());
            if (templateId != null) {
                meetings.changeProtocol(currentUser.requireId(), meetingId, templateId);
            }
            again("meeting.manage.saved", meeting.getTitle());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "manage");
        }
    }

    public void cancel() {
        try {
            meetings.cancel(currentUser.requireId(), meetingId, reason);
            again("meeting.manage.cancelled");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "manage");
        }
    }

    /** Where we meet: the video call's link and the room, each refused next to its field. */
    public void savePlace() {
        try {
            meetings.meetAt(currentUser.requireId(), meetingId, callLink, room);
            again("meeting.place.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "place");
        }
    }

    /** "Plan it again": the cancellation is undone. */
    public void reinstate() {
        try {
            meetings.reinstate(currentUser.requireId(), meetingId);
            again("meeting.manage.reinstated");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "manage");
        }
    }

    /** The page again after a change, so that its heading, time and every card show the meeting as it now is. */
    private void again(String key, Object... arguments) {
        PageMessages.infoAfterRedirect(key, arguments);
        Faces.redirect("meeting/prepare.xhtml?m=%s", meetingId);
    }

    /** Whether the card is shown: to facilitators, before the meeting opens. */
    public boolean isShown() {
        return view != null && view.facilitates() && !view.meeting().hasStarted()
                && view.meeting().getStatus() != MeetingStatus.OPEN;
    }

    /** Whether "Where we meet" is shown: to facilitators, until the meeting has ended. */
    public boolean isPlaceShown() {
        return view != null && view.facilitates() && view.meeting().getStatus() != MeetingStatus.ENDED;
    }

    public String getCallLink() {
        return callLink;
    }

    public void setCallLink(String callLink) {
        this.callLink = callLink;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public Meeting getMeeting() {
        return view.meeting();
    }

    public List<ProtocolTemplate> getTemplates() {
        return templates;
    }

    public String getZone() {
        return displayTime.zone(view.meeting().getCommunity().getTimeZone()).getId();
    }

    public MeetingForm getForm() {
        return form;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
