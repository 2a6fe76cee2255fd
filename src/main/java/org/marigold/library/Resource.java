package org.marigold.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.marigold.account.Account;
import org.marigold.community.Community;
import org.marigold.platform.Text;

/** One item in a community's library. */
@Entity
@NamedQuery(name = "Resource.newestOf",
        query = "SELECT r FROM Resource r WHERE r.community = :community ORDER BY r.addedAt DESC, r.id DESC")
@NamedQuery(name = "Resource.countOf", query = "SELECT COUNT(r) FROM Resource r WHERE r.community = :community")
public class Resource {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "resource_seq", sequenceName = "resource_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(nullable = false)
    private String title;

    private String url;

    private String description;

    private String isbn;

    /** Normalised as ",tag,tag," (see {@link Tags}). */
    private String tags;

    @ManyToOne
    @JoinColumn(name = "added_by")
    private Account addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(Community community, ResourceKind kind, String title, WebLink link, String description,
                    Account addedBy, Instant addedAt) {
        this(community, kind, title, link, null, description, new Tags(java.util.Set.of()), addedBy, addedAt);
    }

    public Resource(Community community, ResourceKind kind, String title, WebLink link, Isbn isbn, String description,
                    Tags tags, Account addedBy, Instant addedAt) {
        this.isbn = isbn == null ? null : isbn.value();
        this.tags = tags.stored();
        this.community = community;
        this.kind = kind;
        this.title = title.strip();
        this.url = link == null ? null : link.value();
        this.description = Text.orNull(description);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public String getIsbn() {
        return isbn;
    }

    public List<String> getTags() {
        return Tags.fromStored(tags).sorted();
    }

    public Account getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
