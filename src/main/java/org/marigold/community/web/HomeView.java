package org.marigold.community.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;

/** The home page: my communities and their next meetings, or a welcome for visitors. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private List<CommunityOverview> mine = List.of();

    @PostConstruct
    void load() {
        if (currentUser.isLoggedIn()) {
            mine = communities.mine(currentUser.requireId());
        }
    }

    public List<CommunityOverview> getMine() {
        return mine;
    }
}
