package org.marigold.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.platform.Text;

/** A named, ordered collection of a community's resources ("Read-alouds K-3"); a resource can be in many. */
@Entity
@Table(name = "resource_list")
@NamedQuery(name = "ResourceList.of",
        query = "SELECT l FROM ResourceList l WHERE l.community = :community ORDER BY LOWER(l.name), l.id")
@NamedQuery(name = "ResourceList.published", query = "SELECT l FROM ResourceList l WHERE l.publicToken = :token")
@NamedQuery(name = "ResourceList.holding",
        query = "SELECT l FROM ResourceList l JOIN l.resources r WHERE r = :resource ORDER BY LOWER(l.name)")
public class ResourceList {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int MOST_ITEMS = 500;

    @Id
    @SequenceGenerator(name = "resource_list_seq", sequenceName = "resource_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_list_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(nullable = false)
    private String name;

    private String description;

    /** Set when the list is published read-only at a public link; the link is this secret. */
    @Column(name = "public_token")
    private String publicToken;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "resource_list_item",
            joinColumns = @JoinColumn(name = "list_id"),
            inverseJoinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<Resource> resources = new ArrayList<>();

    @Version
    private long version;

    protected ResourceList() {
    }

    public ResourceList(Community community, String name, String description, Account createdBy, Instant createdAt) {
        this.community = community;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        rename(name, description);
    }

    public final void rename(String name, String description) {
        this.name = name.strip();
        this.description = Text.orNull(description);
    }

    /** Adds at the end; a resource already in the list stays where it is. Returns whether it was added. */
    public boolean add(Resource resource) {
        if (resources.contains(resource)) {
            return false;
        }
        if (resources.size() >= MOST_ITEMS) {
            throw new IllegalStateException("A list holds at most " + MOST_ITEMS + " resources");
        }
        resources.add(resource);
        return true;
    }

    public boolean remove(Resource resource) {
        return resources.remove(resource);
    }

    /**
     * Moves a resource up (negative) or down (positive) past as many of the items shown; at either end it stays put.
     * Items removed from the library are not shown, so moving passes over them.
     */
    public void move(Resource resource, int places) {
        List<Resource> shown = getResources();
        int from = shown.indexOf(resource);
        if (from < 0) {
            throw new IllegalArgumentException("Not in this list");
        }
        int to = Math.max(0, Math.min(shown.size() - 1, from + places));
        if (to == from) {
            return;
        }
        Resource neighbour = shown.get(to);
        resources.remove(resource);
        int at = resources.indexOf(neighbour);
        resources.add(to > from ? at + 1 : at, resource);
    }

    /** Where the resource with this id stands among the items shown, from 0; -1 when the list does not show it. */
    public int positionOf(long resourceId) {
        List<Resource> shown = getResources();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getId() == resourceId) {
                return i;
            }
        }
        return -1;
    }

    /** The resource with this id, if the list holds it. */
    public java.util.Optional<Resource> item(long resourceId) {
        return getResources().stream().filter(r -> r.getId() == resourceId).findFirst();
    }

    public void publish(String token) {
        this.publicToken = token;
    }

    public void unpublish() {
        this.publicToken = null;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getPublicToken() {
        return publicToken;
    }

    public boolean isPublished() {
        return publicToken != null;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The items in order, less those removed from the library (they come back in their place if restored). */
    public List<Resource> getResources() {
        return resources.stream().filter(r -> !r.isRemoved()).toList();
    }

    public int getSize() {
        return getResources().size();
    }

    public long getVersion() {
        return version;
    }
}
