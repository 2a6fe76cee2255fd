package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marigold.community.Community;
import org.marigold.meeting.Authorship;
import org.marigold.meeting.MeetingStatus;
import org.marigold.platform.NotFound;

@ApplicationScoped
public class ResourceRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Resource add(Resource resource) {
        em.persist(resource);
        return resource;
    }

    /** Stores the bytes of a file resource once the resource has its id. */
    public void store(ResourceFile file) {
        em.persist(file);
    }

    public ResourceFile file(long resourceId) {
        return Optional.ofNullable(em.find(ResourceFile.class, resourceId)).orElseThrow(() -> new NotFound("No such file."));
    }

    public Optional<Resource> find(long id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    /** The resource, locked until the transaction ends: two people changing it at once change it one after the other. */
    public Resource locked(Resource resource) {
        em.lock(resource, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.refresh(resource);
        return resource;
    }

    public List<Resource> newestOf(Community community, int limit) {
        return em.createNamedQuery("Resource.newestOf", Resource.class)
                .setParameter("community", community)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Resource> inOrderAdded(Community community, int first, int pageSize) {
        return em.createQuery("SELECT r FROM Resource r LEFT JOIN FETCH r.addedBy WHERE r.community = :community AND r.removedAt IS NULL ORDER BY r.id",
                        Resource.class)
                .setParameter("community", community).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countOf(Community community) {
        return em.createNamedQuery("Resource.countOf", Long.class).setParameter("community", community).getSingleResult();
    }

    /** One page of what matches, found, ordered and cut by the database. */
    public List<Resource> search(Community community, LibraryQuery query, int first, int pageSize) {
        TypedQuery<Resource> found = em.createQuery("SELECT r FROM Resource r" + where(community, query) + orderBy(query), Resource.class);
        bind(found, community, query);
        return found.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /**
     * How many match. Searches by words or tag look through text, so their count stops at
     * {@link LibraryQuery#COUNT_LIMIT}: past that, the answer is "more than" (the database stops reading rows there,
     * instead of reading every match of a common word to count it).
     */
    public LibraryQuery.Count count(Community community, LibraryQuery query) {
        if (!query.searchesText()) {
            TypedQuery<Long> counted = em.createQuery("SELECT COUNT(r) FROM Resource r" + where(community, query), Long.class);
            bind(counted, community, query);
            return new LibraryQuery.Count(counted.getSingleResult(), false);
        }
        TypedQuery<Long> ids = em.createQuery("SELECT r.id FROM Resource r" + where(community, query), Long.class);
        bind(ids, community, query);
        int found = ids.setMaxResults(LibraryQuery.COUNT_LIMIT + 1).getResultList().size();
        return found > LibraryQuery.COUNT_LIMIT ? new LibraryQuery.Count(LibraryQuery.COUNT_LIMIT, true) : new LibraryQuery.Count(found, false);
    }

    private static String orderBy(LibraryQuery query) {
        return switch (query.orderOrNewest()) {
            case TITLE -> " ORDER BY LOWER(r.title), r.id";
            case MOST_USED -> " ORDER BY r.usedCount DESC, r.addedAt DESC, r.id DESC";
            case MOST_HELPFUL -> " ORDER BY r.helpfulCount DESC, r.addedAt DESC, r.id DESC";
            case NEWEST -> " ORDER BY r.addedAt DESC, r.id DESC";
        };
    }

    /**
     * The resource {@code r} names who added it: it is not a find of a meeting whose contributions are anonymous, nor, in
     * a community that keeps records anonymous, of an ended meeting ({@link org.marigold.meeting.Anonymity}; a find
     * belongs to its meeting's community). Who found such a resource cannot be filtered by, nor is listed among those
     * who added something.
     */
    private static String namesItsAdder(Community community) {
        return " AND NOT EXISTS (SELECT fm.id FROM Meeting fm WHERE fm = r.foundInMeeting AND (fm.authorship = " + literal(Authorship.ANONYMOUS)
                + (community.isAnonymousRecords() ? " OR fm.status = " + literal(MeetingStatus.ENDED) : "") + "))";
    }

    /** An enum constant as JPQL names it (by its class's full name). */
    private static String literal(Enum<?> constant) {
        return constant.getDeclaringClass().getName() + "." + constant.name();
    }

    private static String where(Community community, LibraryQuery query) {
        StringBuilder where = new StringBuilder(" WHERE r.community = :community AND r.removedAt IS NULL");
        for (int i = 0; i < query.words().size(); i++) {
            where.append(" AND r.searchText LIKE :word").append(i).append(" ESCAPE '\\'");
        }
        if (query.kind() != null) {
            where.append(" AND r.kind = :kind");
        }
        if (query.normalisedTag() != null) {
            where.append(" AND r.tags LIKE :tag ESCAPE '\\'");
        }
        if (query.addedBy() != null) {
            where.append(" AND r.addedBy.id = :addedBy").append(namesItsAdder(community));
        }
        if (query.meetingId() != null) {
            where.append(" AND r.foundInMeeting.id = :meeting");
        }
        if (query.listId() != null) {
            where.append(" AND r IN (SELECT e.resource FROM ResourceList l JOIN l.entries e WHERE l.id = :list)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Community community, LibraryQuery wanted) {
        query.setParameter("community", community);
        List<String> words = wanted.words();
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, SearchText.containing(words.get(i)));
        }
        if (wanted.kind() != null) {
            query.setParameter("kind", wanted.kind());
        }
        if (wanted.normalisedTag() != null) {
            query.setParameter("tag", SearchText.containing("," + wanted.normalisedTag() + ","));
        }
        if (wanted.addedBy() != null) {
            query.setParameter("addedBy", wanted.addedBy());
        }
        if (wanted.meetingId() != null) {
            query.setParameter("meeting", wanted.meetingId());
        }
        if (wanted.listId() != null) {
            query.setParameter("list", wanted.listId());
        }
    }

    public boolean isMarked(long resourceId, long accountId) {
        return em.find(HelpfulMark.class, key(resourceId, accountId)) != null;
    }

    public void mark(HelpfulMark mark) {
        em.persist(mark);
        em.flush();
    }

    public void unmark(long resourceId, long accountId) {
        em.createQuery("DELETE FROM HelpfulMark m WHERE m.resourceId = :resource AND m.accountId = :account")
                .setParameter("resource", resourceId).setParameter("account", accountId).executeUpdate();
    }

    /** Counts the marks again and keeps the count on the resource, where sorting by "most helpful" reads it. */
    public int helpfulCount(long resourceId) {
        long marks = em.createQuery("SELECT COUNT(m) FROM HelpfulMark m WHERE m.resourceId = :resource", Long.class)
                .setParameter("resource", resourceId).getSingleResult();
        em.createQuery("UPDATE Resource r SET r.helpfulCount = :marks WHERE r.id = :resource")
                .setParameter("marks", (int) marks).setParameter("resource", resourceId).executeUpdate();
        return (int) marks;
    }

    public Set<Long> marked(long accountId, Collection<Long> resourceIds) {
        return new HashSet<>(em.createQuery(
                        "SELECT m.resourceId FROM HelpfulMark m WHERE m.accountId = :account AND m.resourceId IN :resources", Long.class)
                .setParameter("account", accountId).setParameter("resources", resourceIds).getResultList());
    }

    public void recordChange(ResourceChange change) {
        em.persist(change);
    }

    public List<ResourceChange> changes(Resource resource) {
        return em.createNamedQuery("ResourceChange.of", ResourceChange.class).setParameter("resource", resource).getResultList();
    }

    public List<ResourceUse> uses(Resource resource) {
        return em.createNamedQuery("ResourceUse.of", ResourceUse.class).setParameter("resource", resource).getResultList();
    }

    /** The community's resources in the library with one of these links or ISBNs. */
    public List<Resource> withLinksOrIsbns(Community community, Collection<String> links, Collection<String> isbns) {
        List<Resource> found = new java.util.ArrayList<>();
        if (!links.isEmpty()) {
            found.addAll(em.createQuery("SELECT r FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL AND r.url IN :links",
                    Resource.class).setParameter("community", community).setParameter("links", links).getResultList());
        }
        if (!isbns.isEmpty()) {
            found.addAll(em.createQuery("SELECT r FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL AND r.isbn IN :isbns",
                    Resource.class).setParameter("community", community).setParameter("isbns", isbns).getResultList());
        }
        return found.stream().distinct().toList();
    }

    /** The community's resources a text cites, by link or by id. */
    public List<Resource> cited(Community community, Citations citations) {
        List<Resource> found = new java.util.ArrayList<>();
        if (!citations.links().isEmpty()) {
            found.addAll(em.createQuery("SELECT r FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL AND r.url IN :links", Resource.class)
                    .setParameter("community", community).setParameter("links", citations.links()).getResultList());
        }
        if (!citations.resourceIds().isEmpty()) {
            found.addAll(em.createQuery("SELECT r FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL AND r.id IN :ids", Resource.class)
                    .setParameter("community", community).setParameter("ids", citations.resourceIds()).getResultList());
        }
        return found.stream().distinct().toList();
    }

    /** Records a use once per meeting and way, and counts it on the resource for "most used". */
    public void recordUse(ResourceUse use) {
        long already = em.createNamedQuery("ResourceUse.count", Long.class)
                .setParameter("resource", use.getResource()).setParameter("meeting", use.getMeeting())
                .setParameter("how", use.getHow()).getSingleResult();
        if (already == 0) {
            em.persist(use);
            em.createQuery("UPDATE Resource r SET r.usedCount = r.usedCount + 1 WHERE r.id = :resource")
                    .setParameter("resource", use.getResource().getId()).executeUpdate();
        }
    }

    /**
     * The community's members who have added something to its library (not counting finds whose finders are kept
     * anonymous), by name (an index lookup per member).
     */
    public List<org.marigold.account.Account> contributors(Community community) {
        return em.createQuery("SELECT m.account FROM Membership m WHERE m.community = :community AND EXISTS "
                        + "(SELECT r.id FROM Resource r WHERE r.community = :community AND r.addedBy = m.account AND r.removedAt IS NULL"
                        + namesItsAdder(community) + ")",
                org.marigold.account.Account.class).setParameter("community", community).getResultList().stream()
                .sorted(java.util.Comparator.comparing(a -> a.getDisplayName().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** The meetings where resources of this library were found, newest first. */
    public List<org.marigold.meeting.Meeting> meetingsWithFinds(Community community) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.community = :community AND EXISTS "
                        + "(SELECT r.id FROM Resource r WHERE r.foundInMeeting = m) ORDER BY m.startsAt DESC",
                org.marigold.meeting.Meeting.class).setParameter("community", community).getResultList();
    }

    private static HelpfulMark.Key key(long resourceId, long accountId) {
        HelpfulMark.Key key = new HelpfulMark.Key();
        key.resourceId = resourceId;
        key.accountId = accountId;
        return key;
    }
}
