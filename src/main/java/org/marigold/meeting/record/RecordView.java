package org.marigold.meeting.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.library.Resource;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

/** meeting/record.xhtml: a meeting's record to read, print or download; comments afterwards; the presenter's "what I tried". */
@Named
@ViewScoped
public class RecordView implements Serializable {

    @Inject
    RecordService records;

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicAddress address;

    private Long meetingId;
    private MeetingRecord record;
    private boolean speaksForPresenter;
    private boolean facilitates;
    private boolean mayComment;
    private String comment;
    private String followUp;
    private List<HarvestedLink> links = List.of();
    private Map<String, Long> linksInLibrary = Map.of();

    public void load() {
        record = records.record(currentUser.requireId(), meetingId);
        var view = meetings.open(currentUser.requireId(), meetingId);
        speaksForPresenter = view.speaksForPresenter();
        facilitates = view.facilitates();
        mayComment = view.role() != org.marigold.community.Role.GUEST;
        followUp = record.meeting().getFollowUp();
        links = record.links();
        linksInLibrary = records.linksInLibrary(currentUser.requireId(), record);
    }

    /** A member adds a link said in the meeting to the library. */
    public void addToLibrary(String url) {
        try {
            Resource added = records.addLinkToLibrary(currentUser.requireId(), meetingId, url);
            PageMessages.info("record.link.added", added.getTitle());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "links");
        }
        load();
    }

    public List<HarvestedLink> getLinks() {
        return links;
    }

    /** The resource holding each link the library holds, by link. */
    public Map<String, Long> getLinksInLibrary() {
        return linksInLibrary;
    }

    public void addComment() {
        try {
            records.comment(currentUser.requireId(), meetingId, comment);
            comment = null;
            PageMessages.info("record.comment.added");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "commentForm");
        }
        load();
    }

    public void removeComment(long commentId) {
        records.removeComment(currentUser.requireId(), commentId);
        PageMessages.info("record.comment.removed");
        load();
    }

    public void saveFollowUp() {
        try {
            meetings.tellWhatWasTried(currentUser.requireId(), meetingId, followUp);
            PageMessages.info("followUp.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "followUpForm");
        }
        load();
    }

    /** A facilitator publishes the record read-only at a secret link, for people outside the community, or stops. */
    public void share(boolean shared) {
        try {
            records.share(currentUser.requireId(), meetingId, shared);
            PageMessages.info(shared ? "record.share.done" : "record.share.stopped");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "share");
        }
        load();
    }

    /** The address anyone can read the shared record at; null when it is not shared. */
    public String getShareLink() {
        return record.meeting().isRecordShared() ? address.of("/shared/record.xhtml?t=" + record.meeting().getRecordToken()) : null;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public boolean isSpeaksForPresenter() {
        return speaksForPresenter;
    }

    public boolean isFacilitates() {
        return facilitates;
    }

    public boolean isMayComment() {
        return mayComment;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
