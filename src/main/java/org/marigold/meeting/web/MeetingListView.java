package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.meeting.MeetingPage;
import org.marigold.meeting.MeetingService;

/**
 * meeting/meetings.xhtml: a community's coming meetings (with who presents, so members see where a presenter is
 * wanted) and its past meetings with their records, searchable. Everything is in the address, so a search can be
 * bookmarked or shared.
 */
@Named
@ViewScoped
public class MeetingListView implements Serializable {

    public static final int PER_PAGE = 20;

    @Inject
    MeetingService meetings;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    /** The tab in the address: "past", or anything else for the coming meetings. */
    private String tab;
    private String q;
    private String page;
    private Community community;
    private MeetingPage found;

    public void load() {
        community = communities.community(slug);
        found = meetings.find(currentUser.requireId(), slug, getWhen(), q, pageNumber(), PER_PAGE);
    }

    /** A page number typed into the address that is not one reads as the first page. */
    private int pageNumber() {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** This page's address for coming or past meetings, a search and a page number. */
    public String address(String whenShown, String words, int pageShown) {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        StringBuilder url = new StringBuilder(context).append("/meeting/meetings.xhtml?c=").append(encode(slug));
        if ("past".equals(whenShown)) {
            url.append("&when=past");
        }
        if (words != null && !words.isBlank()) {
            url.append("&q=").append(encode(words));
        }
        if (pageShown > 1) {
            url.append("&page=").append(pageShown);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isPast() {
        return getWhen() == MeetingPage.When.PAST;
    }

    public MeetingPage.When getWhen() {
        return "past".equalsIgnoreCase(tab) ? MeetingPage.When.PAST : MeetingPage.When.UPCOMING;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Community getCommunity() {
        return community;
    }

    public MeetingPage getFound() {
        return found;
    }
}
