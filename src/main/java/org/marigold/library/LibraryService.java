package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.platform.Rejected;

/** Reading and adding to a community's library; who may see it follows who may see the community. */
@ApplicationScoped
@Transactional
public class LibraryService {

    @Inject
    CommunityService communities;

    @Inject
    ResourceRepository resources;

    @Inject
    java.time.Clock clock;

    public List<Resource> newest(Long actorId, String slug, int limit) {
        return resources.newestOf(visible(actorId, slug), limit);
    }

    public long count(Long actorId, String slug) {
        return resources.countOf(visible(actorId, slug));
    }

    /** One page of what matches, and how many match in all. */
    public Page search(Long actorId, String slug, LibraryQuery query, int first, int pageSize) {
        Community community = visible(actorId, slug);
        return new Page(resources.search(community, query, Math.max(0, first), pageSize(pageSize)), resources.count(community, query));
    }

    /** One page of what matches (for tables that count separately). */
    public List<Resource> find(Long actorId, String slug, LibraryQuery query, int first, int pageSize) {
        return resources.search(visible(actorId, slug), query, Math.max(0, first), pageSize(pageSize));
    }

    public long count(Long actorId, String slug, LibraryQuery query) {
        return resources.count(visible(actorId, slug), query);
    }

    private static int pageSize(int asked) {
        return Math.max(1, Math.min(asked, 100));
    }

    /**
     * A member adds something to the library. Links must be http or https; a book needs a valid ISBN (its link is
     * optional); other kinds need a link. Uploaded files come with the library's upload feature.
     */
    public Resource add(long actorId, String slug, ResourceKind kind, String title, String link, String isbn,
                        String description, String tags) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        if (kind == null || kind == ResourceKind.FILE) {
            throw Rejected.onField("kind", "resource.kindUnavailable");
        }
        if (title == null || title.isBlank() || title.strip().length() > Resource.TITLE_MAX) {
            throw Rejected.onField("title", "resource.title");
        }
        if (description != null && description.length() > Resource.DESCRIPTION_MAX) {
            throw Rejected.onField("description", "resource.descriptionTooLong", Resource.DESCRIPTION_MAX);
        }
        boolean hasLink = link != null && !link.isBlank();
        if (hasLink && !WebLink.isAcceptable(link)) {
            throw Rejected.onField("link", "resource.link");
        }
        if (!hasLink && kind != ResourceKind.BOOK) {
            throw Rejected.onField("link", "resource.linkRequired");
        }
        Isbn bookNumber = null;
        if (kind == ResourceKind.BOOK) {
            if (!Isbn.isValid(isbn)) {
                throw Rejected.onField("isbn", "resource.isbn");
            }
            bookNumber = new Isbn(isbn);
        }
        Tags parsed;
        try {
            parsed = Tags.parse(tags);
        } catch (IllegalArgumentException e) {
            throw Rejected.onField("tags", "resource.tags", Tags.MOST, Tags.LONGEST);
        }
        return resources.add(new Resource(community, kind, title, hasLink ? new WebLink(link) : null, bookNumber, description,
                parsed, member.getAccount(), clock.instant()));
    }

    /** One resource, for those who may see its community; otherwise it does not exist for them. */
    public Resource resource(Long actorId, long id) {
        Resource resource = resources.find(id).orElseThrow(() -> new org.marigold.platform.NotFound("No such resource."));
        try {
            visible(actorId, resource.getCommunity().getSlugValue());
        } catch (org.marigold.platform.AccessDenied hidden) {
            throw new org.marigold.platform.NotFound("No such resource.");
        }
        return resource;
    }

    public record Page(List<Resource> resources, long total) {
    }

    private Community visible(Long actorId, String slug) {
        return communities.open(actorId, slug).community();
    }
}
