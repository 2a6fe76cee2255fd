package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;

/** Reading and adding to a community's library; who may see it follows who may see the community. */
@ApplicationScoped
@Transactional
public class LibraryService {

    @Inject
    CommunityService communities;

    @Inject
    ResourceRepository resources;

    public List<Resource> newest(Long actorId, String slug, int limit) {
        return resources.newestOf(visible(actorId, slug), limit);
    }

    public long count(Long actorId, String slug) {
        return resources.countOf(visible(actorId, slug));
    }

    private Community visible(Long actorId, String slug) {
        return communities.open(actorId, slug).community();
    }
}
