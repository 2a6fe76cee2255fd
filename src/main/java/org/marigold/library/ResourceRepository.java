package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.marigold.community.Community;

@ApplicationScoped
public class ResourceRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Resource add(Resource resource) {
        em.persist(resource);
        return resource;
    }

    public java.util.Optional<Resource> find(long id) {
        return java.util.Optional.ofNullable(em.find(Resource.class, id));
    }

    public List<Resource> newestOf(Community community, int limit) {
        return em.createNamedQuery("Resource.newestOf", Resource.class)
                .setParameter("community", community)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOf(Community community) {
        return em.createNamedQuery("Resource.countOf", Long.class).setParameter("community", community).getSingleResult();
    }

    /** One page of what matches, found, ordered and cut by the database. */
    public List<Resource> search(Community community, LibraryQuery query, int first, int pageSize) {
        String order = query.order() == LibraryQuery.Order.TITLE ? " ORDER BY LOWER(r.title), r.id" : " ORDER BY r.addedAt DESC, r.id DESC";
        TypedQuery<Resource> found = em.createQuery("SELECT r FROM Resource r" + where(query) + order, Resource.class);
        bind(found, community, query);
        return found.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(Community community, LibraryQuery query) {
        TypedQuery<Long> counted = em.createQuery("SELECT COUNT(r) FROM Resource r" + where(query), Long.class);
        bind(counted, community, query);
        return counted.getSingleResult();
    }

    private static String where(LibraryQuery query) {
        StringBuilder where = new StringBuilder(" WHERE r.community = :community");
        if (query.words() != null) {
            where.append(" AND (LOWER(r.title) LIKE :words OR LOWER(r.description) LIKE :words OR r.tags LIKE :words)");
        }
        if (query.kind() != null) {
            where.append(" AND r.kind = :kind");
        }
        if (query.normalisedTag() != null) {
            where.append(" AND r.tags LIKE :tag");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Community community, LibraryQuery wanted) {
        query.setParameter("community", community);
        if (wanted.words() != null) {
            query.setParameter("words", "%" + escapeLike(wanted.words()) + "%");
        }
        if (wanted.kind() != null) {
            query.setParameter("kind", wanted.kind());
        }
        if (wanted.normalisedTag() != null) {
            query.setParameter("tag", "%," + escapeLike(wanted.normalisedTag()) + ",%");
        }
    }

    /** Typed % and _ are looked for as themselves. */
    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
