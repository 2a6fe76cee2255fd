package org.marigold.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.engagement.EngagementService;
import org.marigold.engagement.Participation;

/** engagement/history.xhtml: my own history in a community (meetings I came to, what I contributed, my badges). */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private transient EngagementService.History history;

    public void load() {
        history = engagement.history(currentUser.requireId(), slug, currentUser.requireId());
    }

    public EngagementService.History getHistory() {
        if (history == null) {
            load();
        }
        return history;
    }

    public String getCsv() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/communities/" + slug
                + "/engagement/people/" + currentUser.requireId() + "/history.csv";
    }

    public Participation[] getParticipationKinds() {
        return Participation.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
