package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * A community's lists. Lists are shared: any member creates them, adds to them, takes out and reorders;
 * renaming and deleting is for whoever made the list and for facilitators; publishing at a public link is for
 * facilitators and admins.
 */
@ApplicationScoped
@Transactional
public class ResourceListService {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    CommunityService communities;

    @Inject
    LibraryService library;

    @Inject
    Clock clock;

    public List<ResourceList> lists(Long actorId, String slug) {
        Community community = communities.open(actorId, slug).community();
        return em.createNamedQuery("ResourceList.of", ResourceList.class).setParameter("community", community).getResultList();
    }

    /** One list with its resources in order, for those who may see its community. */
    public ResourceList list(Long actorId, long listId) {
        ResourceList list = find(listId);
        communities.open(actorId, list.getCommunity().getSlugValue()); // a private community's list is not there for outsiders
        list.getResources().size();
        return list;
    }

    /** A published list, for anyone with its public link. */
    public ResourceList published(String token) {
        if (token == null || token.length() > 64) {
            throw new NotFound("No such list.");
        }
        ResourceList list = em.createNamedQuery("ResourceList.published", ResourceList.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("No such list."));
        list.getResources().size();
        return list;
    }

    /** A file in a published list, for anyone with the list's public link. */
    public LibraryService.Download publishedFile(String token, long resourceId) {
        Resource resource = published(token).item(resourceId).filter(Resource::isFile).orElseThrow(() -> new NotFound("No such file."));
        return library.fileOf(resource);
    }

    /** The lists of its community that hold this resource. */
    public List<ResourceList> holding(Long actorId, long resourceId) {
        Resource resource = library.resource(actorId, resourceId);
        return em.createNamedQuery("ResourceList.holding", ResourceList.class).setParameter("resource", resource).getResultList();
    }

    public ResourceList create(long actorId, String slug, String name, String description) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        checkName(name, description);
        ResourceList list = new ResourceList(community, name, description, member.getAccount(), clock.instant());
        em.persist(list);
        return list;
    }

    public ResourceList rename(long actorId, long listId, long expectedVersion, String name, String description) {
        ResourceList list = curated(actorId, listId, expectedVersion);
        checkName(name, description);
        list.rename(name, description);
        return list;
    }

    public void delete(long actorId, long listId) {
        ResourceList list = find(listId);
        Membership member = communities.require(list.getCommunity(), actorId, Role.MEMBER);
        if (!ownsOrFacilitates(member, list)) {
            throw Rejected.because("list.notYours");
        }
        em.remove(list);
    }

    /** Adds a resource of the same community at the end of the list; already there, it stays where it is. */
    public ResourceList add(long actorId, long listId, long resourceId) {
        ResourceList list = editable(actorId, listId);
        Resource resource = library.resource(actorId, resourceId);
        if (!resource.getCommunity().getId().equals(list.getCommunity().getId())) {
            throw new NotFound("No such resource.");
        }
        try {
            list.add(resource);
        } catch (IllegalStateException full) {
            throw Rejected.because("list.full", ResourceList.MOST_ITEMS);
        }
        return list;
    }

    /**
     * A resource added to the library and at the end of a list in one go (the add form's list): when the list cannot
     * take it, the library does not either, and the form keeps everything typed.
     */
    public Resource addWithList(long actorId, long listId, Supplier<Resource> adding) {
        editable(actorId, listId);
        Resource added = adding.get();
        add(actorId, listId, added.getId());
        return added;
    }

    public ResourceList remove(long actorId, long listId, long resourceId) {
        ResourceList list = editable(actorId, listId);
        list.item(resourceId).ifPresent(list::remove);
        return list;
    }

    /**
     * Moves a resource up (negative places) or down. The page says which version of the list it showed; if someone
     * changed the list since, nothing moves and the person sees the list as it is now.
     */
    public ResourceList move(long actorId, long listId, long expectedVersion, long resourceId, int places) {
        ResourceList list = editable(actorId, listId, expectedVersion);
        Resource resource = list.item(resourceId).orElseThrow(() -> new NotFound("Not in this list."));
        list.move(resource, places);
        return list;
    }

    /** Writes a short note or a section heading at the end of the list; members may, as they may add resources. */
    public ListEntry addNote(long actorId, long listId, String text, boolean heading) {
        ResourceList list = editable(actorId, listId);
        try {
            ListEntry note = list.addNote(text, heading);
            em.flush();
            return note;
        } catch (IllegalStateException full) {
            throw Rejected.because("list.full", ResourceList.MOST_ITEMS);
        }
    }

    /** Rewrites a note, or makes it a heading or a plain note. */
    public ResourceList editNote(long actorId, long listId, long expectedVersion, long entryId, String text, boolean heading) {
        ResourceList list = editable(actorId, listId, expectedVersion);
        note(list, entryId).write(text, heading);
        return list;
    }

    /** Takes a note out of the list (a resource is taken out with {@link #remove}). */
    public ResourceList removeNote(long actorId, long listId, long entryId) {
        ResourceList list = editable(actorId, listId);
        list.entry(entryId).filter(ListEntry::isNote).ifPresent(list::remove);
        return list;
    }

    /** Moves a resource or a note up (negative places) or down, as {@link #move} does. */
    public ResourceList moveEntry(long actorId, long listId, long expectedVersion, long entryId, int places) {
        ResourceList list = editable(actorId, listId, expectedVersion);
        list.move(list.entry(entryId).orElseThrow(() -> new NotFound("Not in this list.")), places);
        return list;
    }

    private static ListEntry note(ResourceList list, long entryId) {
        return list.entry(entryId).filter(ListEntry::isNote).orElseThrow(() -> new NotFound("No such note in this list."));
    }

    /** Publishes the list read-only at a public link (a new one each time), or takes it down. */
    public ResourceList publish(long actorId, long listId, boolean published) {
        ResourceList list = find(listId);
        communities.require(list.getCommunity(), actorId, Role.FACILITATOR);
        if (published) {
            list.publish(TokenSecret.generate("").value().substring(0, 32));
        } else {
            list.unpublish();
        }
        return list;
    }

    private ResourceList editable(long actorId, long listId) {
        return editable(actorId, listId, null);
    }

    /**
     * Locks the list for a change by a member. Its version goes up with every change to its contents, so a page
     * that showed an older version can be told (when it names the version it showed).
     */
    private ResourceList editable(long actorId, long listId, Long expectedVersion) {
        ResourceList list = em.find(ResourceList.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw new NotFound("No such list.");
        }
        communities.require(list.getCommunity(), actorId, Role.MEMBER);
        if (expectedVersion != null && list.getVersion() != expectedVersion) {
            throw Rejected.because("list.changedMeanwhile");
        }
        em.lock(list, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return list;
    }

    private ResourceList curated(long actorId, long listId, long expectedVersion) {
        ResourceList list = find(listId);
        Membership member = communities.require(list.getCommunity(), actorId, Role.MEMBER);
        if (!ownsOrFacilitates(member, list)) {
            throw Rejected.because("list.notYours");
        }
        if (list.getVersion() != expectedVersion) {
            throw Rejected.because("list.changedMeanwhile");
        }
        return list;
    }

    private static boolean ownsOrFacilitates(Membership member, ResourceList list) {
        return member.allows(Role.FACILITATOR)
                || (list.getCreatedBy() != null && list.getCreatedBy().getId().equals(member.getAccount().getId()));
    }

    private static void checkName(String name, String description) {
        if (name == null || name.isBlank() || name.strip().length() > ResourceList.NAME_MAX) {
            throw Rejected.onField("name", "list.name");
        }
        if (description != null && description.length() > ResourceList.DESCRIPTION_MAX) {
            throw Rejected.onField("description", "list.descriptionTooLong", ResourceList.DESCRIPTION_MAX);
        }
    }

    ResourceList find(long listId) {
        return Optional.ofNullable(em.find(ResourceList.class, listId)).orElseThrow(() -> new NotFound("No such list."));
    }
}
