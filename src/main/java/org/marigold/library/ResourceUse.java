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
import jakarta.persistence.Table;
import java.time.Instant;
import org.marigold.meeting.Meeting;

/** A resource was used in a meeting: as a breakout starter, found in a breakout, or cited in a recommendation. */
@Entity
@Table(name = "resource_use")
@NamedQuery(name = "ResourceUse.of",
        query = "SELECT u FROM ResourceUse u JOIN FETCH u.meeting WHERE u.resource = :resource ORDER BY u.usedAt DESC, u.id DESC")
@NamedQuery(name = "ResourceUse.count",
        query = "SELECT COUNT(u) FROM ResourceUse u WHERE u.resource = :resource AND u.meeting = :meeting AND u.how = :how")
public class ResourceUse {

    /** A breakout group's starter, a group's find, cited in a recommendation, or a link said in the meeting (its record's). */
    public enum How { STARTER, FOUND, RECOMMENDATION, SAID }

    @Id
    @SequenceGenerator(name = "resource_use_seq", sequenceName = "resource_use_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_use_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private How how;

    /** The breakout group, or the recommendation's first words. */
    private String detail;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected ResourceUse() {
    }

    public ResourceUse(Resource resource, Meeting meeting, How how, String detail, Instant usedAt) {
        this.resource = resource;
        this.meeting = meeting;
        this.how = how;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 199) + "…";
        this.usedAt = usedAt;
    }

    public Resource getResource() {
        return resource;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public How getHow() {
        return how;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
