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
import org.marigold.meeting.Anonymity;
import org.marigold.meeting.Meeting;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/** One item in a community's library. */
@Entity
@NamedQuery(name = "Resource.newestOf",
        query = "SELECT r FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL ORDER BY r.addedAt DESC, r.id DESC")
@NamedQuery(name = "Resource.countOf", query = "SELECT COUNT(r) FROM Resource r WHERE r.community = :community AND r.removedAt IS NULL")
public class Resource {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;
    /** How long a removed resource can be put back. */
    public static final java.time.Duration RESTORABLE_FOR = java.time.Duration.ofDays(30);

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

    /** Grade bands or audiences, stored as ",K_2,EDUCATORS," (see {@link Audience}). */
    private String audience;

    /** For uploaded files: the name it was uploaded with, its checked content type and size in bytes. */
    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    /** Provenance: the meeting (and breakout group) where it was found; none when added by hand. */
    @ManyToOne
    @JoinColumn(name = "found_meeting_id")
    private Meeting foundInMeeting;

    @Column(name = "found_group")
    private String foundInGroup;

    /** The breakout group itself, while it exists (its name above stays when the meeting's groups are gone). */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "found_breakout_id")
    private org.marigold.meeting.breakout.Breakout foundInBreakout;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    /** Title, description and tags folded (see {@link SearchText}): what a search for words looks in. */
    @Column(name = "search_text")
    private String searchText;

    /** Set while the resource is removed from the library; meetings' records still name it, and it can come back. */
    @Column(name = "removed_at")
    private Instant removedAt;

    @ManyToOne
    @JoinColumn(name = "removed_by")
    private Account removedBy;

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
        this.searchText = SearchText.of(this.title, this.description, this.tags);
    }


    /**
     * Takes the words and the source of a revised copy that passed the library's rules: kind, title, link, ISBN,
     * description, tags and audience. An uploaded file keeps its kind and its file.
     */
    void revise(Resource revised) {
        if (!isFile()) {
            this.kind = revised.kind;
            this.url = revised.url;
            this.isbn = revised.isbn;
        }
        this.title = revised.title;
        this.description = revised.description;
        this.tags = revised.tags;
        this.audience = revised.audience;
        this.searchText = SearchText.of(title, description, tags);
    }

    /** Takes the resource out of the library: searches, lists and exports no longer show it. */
    public void remove(Account by, Instant at) {
        if (removedAt == null) {
            this.removedAt = at;
            this.removedBy = by;
        }
    }

    /** Puts a removed resource back where it was, within {@link #RESTORABLE_FOR} of its removal. */
    public void restore(Instant now) {
        if (removedAt != null && removedAt.plus(RESTORABLE_FOR).isBefore(now)) {
            throw Rejected.because("resource.restoreTooLate", RESTORABLE_FOR.toDays());
        }
        this.removedAt = null;
        this.removedBy = null;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public Account getRemovedBy() {
        return removedBy;
    }

    public long getVersion() {
        return version;
    }

    /** Says who the resource is for. */
    public Resource forAudience(java.util.Set<Audience> audiences) {
        this.audience = Audience.stored(audiences);
        return this;
    }

    /** Says where it was found: in which meeting, and in which breakout group if any. */
    public Resource foundIn(Meeting meeting, org.marigold.meeting.breakout.Breakout group) {
        this.foundInMeeting = meeting;
        this.foundInBreakout = group;
        this.foundInGroup = group == null ? null : group.getName();
        return this;
    }

    /** Makes this resource an uploaded file whose type was checked from its content. */
    public Resource holding(String fileName, FileType type, long size) {
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.fileSize = size;
        return this;
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

    public java.util.List<Audience> getAudience() {
        return Audience.fromStored(audience);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    /** An upload whose bytes were found to be a PDF: the one kind of file the browser may show rather than save. */
    public boolean isPdf() {
        return isFile() && FileType.PDF.contentType().equals(getContentType());
    }

    public boolean isFile() {
        return kind == ResourceKind.FILE;
    }

    public Meeting getFoundInMeeting() {
        return foundInMeeting;
    }

    public org.marigold.meeting.breakout.Breakout getFoundInBreakout() {
        return foundInBreakout;
    }

    public String getFoundInGroup() {
        return foundInGroup;
    }

    /**
     * Who added it, as this reader may be told: a find of a meeting whose record or contributions are anonymous names
     * nobody but the finder to the finder ({@link Anonymity}).
     */
    public String addedByNameFor(Long readerId) {
        return Anonymity.of(foundInMeeting, readerId).authorOf(addedBy);
    }

    /**
     * The group that found it, as this reader may be told: not where the meeting's record or contributions are
     * anonymous (a group's members are known), but to the finder.
     */
    public String foundInGroupFor(Long readerId) {
        Anonymity anonymity = Anonymity.of(foundInMeeting, readerId);
        return !anonymity.hidesAuthors() || anonymity.authorOf(addedBy) != null ? foundInGroup : null;
    }

    public int getHelpfulCount() {
        return helpfulCount;
    }

    public int getUsedCount() {
        return usedCount;
    }
}
