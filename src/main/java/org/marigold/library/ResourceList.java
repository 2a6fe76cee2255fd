package org.marigold.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.platform.Text;

/**
 * A named, ordered collection of a community's resources ("Read-alouds K-3"), with short notes and section headings
 * between them if its members like; a resource can be in many lists.
 */
@Entity
@Table(name = "resource_list")
@NamedQuery(name = "ResourceList.of",
        query = "SELECT l FROM ResourceList l WHERE l.community = :community ORDER BY LOWER(l.name), l.id")
@NamedQuery(name = "ResourceList.published", query = "SELECT l FROM ResourceList l WHERE l.publicToken = :token")
@NamedQuery(name = "ResourceList.holding",
        query = "SELECT l FROM ResourceList l JOIN l.entries e WHERE e.resource = :resource ORDER BY LOWER(l.name)")
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

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<ListEntry> entries = new ArrayList<>();

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
        if (entries.stream().anyMatch(e -> e.getResource() == resource)) {
            return false;
        }
        if (entries.size() >= MOST_ITEMS) {
            throw new IllegalStateException("A list holds at most " + MOST_ITEMS + " resources and notes");
        }
        entries.add(new ListEntry(this, resource));
        return true;
    }

    /** Writes a note or a section heading at the end of the list. */
    public ListEntry addNote(String text, boolean heading) {
        if (entries.size() >= MOST_ITEMS) {
            throw new IllegalStateException("A list holds at most " + MOST_ITEMS + " resources and notes");
        }
        ListEntry note = new ListEntry(this, text, heading);
        entries.add(note);
        return note;
    }

    public boolean remove(Resource resource) {
        return entries.removeIf(e -> e.getResource() == resource);
    }

    public boolean remove(ListEntry entry) {
        return entries.remove(entry);
    }

    public void move(Resource resource, int places) {
        move(entries.stream().filter(e -> e.getResource() == resource).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not in this list")), places);
    }

    /**
     * Moves a resource or note up (negative) or down (positive) past as many of the entries shown; at either end it stays
     * put. Resources removed from the library are not shown, so moving passes over them.
     */
    public void move(ListEntry entry, int places) {
        List<ListEntry> shown = getEntries();
        int from = shown.indexOf(entry);
        if (from < 0) {
            throw new IllegalArgumentException("Not in this list");
        }
        int to = Math.max(0, Math.min(shown.size() - 1, from + places));
        if (to == from) {
            return;
        }
        ListEntry neighbour = shown.get(to);
        entries.remove(entry);
        int at = entries.indexOf(neighbour);
        entries.add(to > from ? at + 1 : at, entry);
    }

    /** Where the entry with this id stands among the entries shown, from 0; -1 when the list does not show it. */
    public int positionOf(long entryId) {
        List<ListEntry> shown = getEntries();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getId() == entryId) {
                return i;
            }
        }
        return -1;
    }

    /** The resource with this id, if the list holds it. */
    public Optional<Resource> item(long resourceId) {
        return getResources().stream().filter(r -> r.getId() == resourceId).findFirst();
    }

    /** The entry (resource or note) with this id, if the list shows it. */
    public Optional<ListEntry> entry(long entryId) {
        return getEntries().stream().filter(e -> e.getId() == entryId).findFirst();
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

    /**
     * The resources and notes in order, less the resources removed from the library (they come back in their place if
     * restored).
     */
    public List<ListEntry> getEntries() {
        return entries.stream().filter(ListEntry::isShown).toList();
    }

    /** The resources in order, without the notes, less those removed from the library. */
    public List<Resource> getResources() {
        return getEntries().stream().filter(e -> !e.isNote()).map(ListEntry::getResource).toList();
    }

    public int getSize() {
        return getResources().size();
    }

    public long getVersion() {
        return version;
    }
}
