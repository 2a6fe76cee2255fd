package org.marigold.community.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;

/** The public directory of listed communities. */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private List<CommunityOverview> listed;

    @PostConstruct
    void load() {
        listed = communities.directory(currentUser.idOrNull());
    }

    public List<CommunityOverview> getListed() {
        return listed;
    }
}
