package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Rejected;
import org.marigold.web.DisplayTime;
import org.marigold.web.PageMessages;

/** Facilitators plan a meeting: when, which protocol, who presents. */
@Named
@ViewScoped
public class NewMeetingView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CommunityService communities;

    @Inject
    org.marigold.meeting.ProtocolService protocols;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.marigold.web.Language language;

    @Inject
    DisplayTime displayTime;

    private String slug;
    private String communityName;
    private List<ProtocolTemplate> templates;
    private List<Membership> members;

    private final MeetingForm form = new MeetingForm();

    @NotNull(message = "{meeting.template.required}")
    private Long templateId;

    private Long presenterId;

    public void load() {
        communityName = communities.community(slug).getName();
        templates = protocols.templates(currentUser.requireId(), slug).stream().map(t -> t.in(language.getLocale())).toList();
        members = communities.members(currentUser.requireId(), slug);
        if (templateId == null && !templates.isEmpty()) {
            templateId = templates.get(0).getId();
        }
    }

    public String schedule() {
        try {
            Meeting meeting = meetings.schedule(currentUser.requireId(), slug, form.getTitle(),
                    form.getStartsAt().atZone(displayTime.zone(null)).toInstant(), templateId, presenterId);
            PageMessages.infoAfterRedirect(meeting.isPresented() ? "meeting.scheduled" : "meeting.scheduled.chat", meeting.getTitle());
            return "/meeting/live.xhtml?faces-redirect=true&m=" + meeting.getId();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "meeting");
            return null;
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCommunityName() {
        return communityName;
    }

    public List<ProtocolTemplate> getTemplates() {
        return templates;
    }

    public List<Membership> getMembers() {
        return members;
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

    public Long getPresenterId() {
        return presenterId;
    }

    public void setPresenterId(Long presenterId) {
        this.presenterId = presenterId;
    }
}
