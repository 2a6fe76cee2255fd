package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public List<Resource> newestOf(Community community, int limit) {
        return em.createNamedQuery("Resource.newestOf", Resource.class)
                .setParameter("community", community)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOf(Community community) {
        return em.createNamedQuery("Resource.countOf", Long.class).setParameter("community", community).getSingleResult();
    }
}
