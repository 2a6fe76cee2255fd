package org.marigold.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.CommunitySettings;
import org.marigold.community.Role;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.TimeZones;

/** Admins edit a community's name, description, visibility, time zone, and how its meeting records are kept. */
@Named
@ViewScoped
public class CommunitySettingsView implements Serializable {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private long version;
    private String communityName;

    @Valid
    private CommunityForm form;

    @NotNull(message = "{account.timeZone.required}")
    private String timeZone;

    private boolean anonymousRecords;
    private boolean summariesToAll;
    private boolean archiveEmails;

    @NotNull(message = "{community.commentDays.required}")
    @Min(value = 0, message = "{community.commentDays.range}")
    @Max(value = Community.MOST_COMMENT_DAYS, message = "{community.commentDays.range}")
    private Integer commentDays;

    public void load() {
        Community community = communities.community(slug);
        communities.require(community, currentUser.requireId(), Role.ADMIN);
        form = CommunityForm.of(community);
        timeZone = community.getTimeZone().getId();
        anonymousRecords = community.isAnonymousRecords();
        summariesToAll = community.isSummariesToAll();
        commentDays = community.getCommentDays();
        version = community.getVersion();
        communityName = community.getName();
    }

    public String save() {
        var zone = TimeZones.named(timeZone);
        if (zone.isEmpty()) {
            PageMessages.error("settings:timeZone", "account.timeZone.unknown");
            return null;
        }
        try {
            communities.update(currentUser.requireId(), slug, version, new CommunitySettings(form.getName(), form.getDescription(),
                    form.getVisibility(), zone.get(), anonymousRecords, commentDays, summariesToAll));
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "settings");
            return null;
        }
        PageMessages.infoAfterRedirect("community.saved");
        return "/community/view.xhtml?faces-redirect=true&c=" + slug;
    }

    /** Sends the browser to the community's archive (an admin's: the API checks again); the page stays as it is. */
    public void exportArchive() throws IOException {
        communities.require(communities.community(slug), currentUser.requireId(), Role.ADMIN);
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + "/api/communities/" + slug + "/archive.zip?emails=" + archiveEmails);
    }

    public boolean isArchiveEmails() {
        return archiveEmails;
    }

    public void setArchiveEmails(boolean archiveEmails) {
        this.archiveEmails = archiveEmails;
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

    public CommunityForm getForm() {
        return form;
    }

    public java.util.List<String> getZones() {
        return TimeZones.CHOICES;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isAnonymousRecords() {
        return anonymousRecords;
    }

    public void setAnonymousRecords(boolean anonymousRecords) {
        this.anonymousRecords = anonymousRecords;
    }

    public boolean isSummariesToAll() {
        return summariesToAll;
    }

    public void setSummariesToAll(boolean summariesToAll) {
        this.summariesToAll = summariesToAll;
    }

    public Integer getCommentDays() {
        return commentDays;
    }

    public void setCommentDays(Integer commentDays) {
        this.commentDays = commentDays;
    }
}
