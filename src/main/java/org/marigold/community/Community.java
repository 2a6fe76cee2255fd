package org.marigold.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/** A community of practice: a group of educators who meet regularly around shared work. */
@Entity
@NamedQuery(name = "Community.bySlug", query = "SELECT c FROM Community c WHERE c.slug = :slug")
@NamedQuery(name = "Community.listed",
        query = "SELECT c FROM Community c WHERE c.visibility = org.marigold.community.Visibility.LISTED ORDER BY c.name")
public class Community {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int DEFAULT_COMMENT_DAYS = 14;
    public static final int MOST_COMMENT_DAYS = 90;

    @Id
    @SequenceGenerator(name = "community_seq", sequenceName = "community_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    /** Where the community meets: its schedule and, for visitors, its meeting times are in this zone. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;


    /** Whether meeting records leave out who said what and who came (only counts remain). */
    @Column(name = "anonymous_records", nullable = false)
    private boolean anonymousRecords;

    /** For how many days after a meeting ends its record takes comments from those who missed it. */
    @Column(name = "comment_days", nullable = false)
    private int commentDays = DEFAULT_COMMENT_DAYS;

    /** Whether a meeting's summary is mailed to all members, not only to those who came. */
    @Column(name = "summaries_to_all", nullable = false)
    private boolean summariesToAll;

    @Version
    private long version;

    protected Community() {
    }

    public Community(Slug slug, String name, String description, Visibility visibility, ZoneId timeZone, Instant createdAt) {
        this.slug = slug.value();
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
        describe(name, description, visibility);
    }

    public void describe(String name, String description, Visibility visibility) {
        this.name = name.strip();
        this.description = Text.orNull(description);
        this.visibility = visibility;
    }

    /**
     * How the community meets and keeps its records. Returns whether the time zone changed, so the schedule can
     * move its series' meetings to the same local time in the new zone.
     */
    public boolean keep(ZoneId zone, boolean anonymousRecords, int commentDays, boolean summariesToAll) {
        if (commentDays < 0 || commentDays > MOST_COMMENT_DAYS) {
            throw Rejected.onField("commentDays", "community.commentDays.range", MOST_COMMENT_DAYS);
        }
        boolean rezoned = !zone.getId().equals(timeZone);
        this.timeZone = zone.getId();
        this.anonymousRecords = anonymousRecords;
        this.commentDays = commentDays;
        this.summariesToAll = summariesToAll;
        return rezoned;
    }

    public boolean isListed() {
        return visibility == Visibility.LISTED;
    }

    public Long getId() {
        return id;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public String getSlugValue() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isAnonymousRecords() {
        return anonymousRecords;
    }

    public boolean isSummariesToAll() {
        return summariesToAll;
    }

    public int getCommentDays() {
        return commentDays;
    }
}
