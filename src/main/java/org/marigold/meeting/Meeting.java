package org.marigold.meeting;

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
import java.time.Duration;
import java.time.Instant;
import org.marigold.community.Community;

/** One gathering of a community at a set time. */
@Entity
@NamedQuery(name = "Meeting.upcoming",
        query = "SELECT m FROM Meeting m WHERE m.community.id IN :communityIds AND m.startsAt > :since"
                + " AND m.status IN (org.marigold.meeting.MeetingStatus.SCHEDULED, org.marigold.meeting.MeetingStatus.OPEN,"
                + " org.marigold.meeting.MeetingStatus.RUNNING) ORDER BY m.startsAt")
public class Meeting {

    public static final int TITLE_MAX = 160;

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Community community, String title, Instant startsAt, Duration duration, Instant createdAt) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A meeting lasts some time");
        }
        this.community = community;
        this.title = title.strip();
        this.startsAt = startsAt;
        this.durationMinutes = Math.toIntExact(duration.toMinutes());
        this.status = MeetingStatus.SCHEDULED;
        this.createdAt = createdAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public MeetingStatus getStatus() {
        return status;
    }
}
