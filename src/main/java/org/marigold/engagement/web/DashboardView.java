package org.marigold.engagement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.marigold.account.CurrentUser;
import org.marigold.engagement.EngagementService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** engagement/dashboard.xhtml: a community's engagement for its facilitators, over a span of days, with charts and exports. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    EngagementService engagement;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private LocalDate from;
    private LocalDate to;
    private transient EngagementService.Dashboard dashboard;
    private String participantsChart;
    private String rsvpChart;
    private String participationChart;

    public void load() {
        show(null, null);
    }

    /** The span typed in; a span that ends before it begins is refused beside its end, and the shown numbers stay. */
    public void filter() {
        try {
            show(from, to);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "span");
        }
    }

    private void show(LocalDate start, LocalDate end) {
        dashboard = engagement.dashboard(currentUser.requireId(), slug, start, end);
        from = dashboard.from();
        to = dashboard.to();
        var labels = new EngagementCharts.Labels(PageMessages::text, dashboard.community().getTimeZone(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        participantsChart = EngagementCharts.participants(dashboard.series().meetings(), labels);
        rsvpChart = EngagementCharts.rsvp(dashboard.series().meetings(), labels);
        participationChart = EngagementCharts.participation(dashboard.series().participation(), labels);
    }

    /** The address of a table's CSV export, for the span shown. */
    public String csv(String table) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/communities/" + slug + "/engagement/"
                + table + ".csv?from=" + from + "&to=" + to;
    }

    public EngagementService.Dashboard getDashboard() {
        if (dashboard == null) {
            show(from, to);
        }
        return dashboard;
    }

    public org.marigold.engagement.Participation[] getParticipationKinds() {
        return org.marigold.engagement.Participation.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getParticipantsChart() {
        return participantsChart;
    }

    public String getRsvpChart() {
        return rsvpChart;
    }

    public String getParticipationChart() {
        return participationChart;
    }
}
