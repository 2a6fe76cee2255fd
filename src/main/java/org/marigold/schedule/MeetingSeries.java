package org.marigold.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.marigold.community.Community;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Rejected;

/** A community's meetings on a rule ("last Monday of the month, 19:30, our Consultancy"), with its skipped or moved dates. */
@Entity
@Table(name = "meeting_series")
@NamedQuery(name = "MeetingSeries.of", query = "SELECT s FROM MeetingSeries s WHERE s.community = :community ORDER BY s.id")
@NamedQuery(name = "MeetingSeries.all", query = "SELECT s.id FROM MeetingSeries s")
public class MeetingSeries {

    public static final int TITLE_MAX = 160;

    @Id
    @SequenceGenerator(name = "meeting_series_seq", sequenceName = "meeting_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_series_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String rrule;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @ManyToOne
    @JoinColumn(name = "template_id")
    private ProtocolTemplate template;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "series_change", joinColumns = @JoinColumn(name = "series_id"))
    private List<Change> changes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The series' last day, once a facilitator ended it (null while it goes on). */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** The language its meetings word their protocol in: the one of the facilitator who started the series. */
    @Column(nullable = false)
    private String language = "en";

    @Version
    private long version;

    /** One date of the rule, skipped ({@code movedTo} null) or moved. */
    @Embeddable
    public static class Change {

        @Column(name = "occurrence_date", nullable = false)
        private LocalDate date;

        @Column(name = "moved_to")
        private Instant movedTo;

        protected Change() {
        }

        Change(LocalDate date, Instant movedTo) {
            this.date = date;
            this.movedTo = movedTo;
        }

        public LocalDate getDate() {
            return date;
        }

        public Instant getMovedTo() {
            return movedTo;
        }
    }

    protected MeetingSeries() {
    }

    public MeetingSeries(Community community, String title, SeriesPlan plan, ProtocolTemplate template, Instant createdAt) {
        this.community = community;
        this.template = template;
        this.createdAt = createdAt;
        describe(title, plan);
    }

    /** Changes the title and the rule; the dates already skipped or moved stay so. */
    public void describe(String title, SeriesPlan plan) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > TITLE_MAX) {
            throw Rejected.onField("title", "schedule.title", TITLE_MAX);
        }
        this.title = name;
        this.rrule = plan.rule().text();
        this.firstDay = plan.firstDay();
        this.startTime = plan.at();
        this.durationMinutes = Math.toIntExact(plan.length().toMinutes());
    }

    /** Meetings from now on follow this protocol (null: none is planned). */
    public void follow(ProtocolTemplate protocol) {
        this.template = protocol;
    }

    /** No meeting after this day; null: the series goes on. */
    public void endAfter(LocalDate lastDay) {
        this.endsOn = lastDay;
    }

    /** Whether this date of the rule still belongs to the series (not after its end). */
    public boolean includes(LocalDate date) {
        return endsOn == null || !date.isAfter(endsOn);
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public MeetingSeries speaking(java.util.Locale spoken) {
        this.language = spoken.getLanguage();
        return this;
    }

    public java.util.Locale getLanguage() {
        return java.util.Locale.forLanguageTag(language);
    }

    /** When the series meets, in the community's time zone. */
    public SeriesPlan plan() {
        return new SeriesPlan(Rrule.of(rrule), firstDay, startTime, community.getTimeZone(), Duration.ofMinutes(durationMinutes));
    }

    public List<SeriesPlan.DateChange> dateChanges() {
        return changes.stream().map(change -> new SeriesPlan.DateChange(change.date,
                change.movedTo == null ? null : change.movedTo.atZone(community.getTimeZone()))).toList();
    }

    /** Skips or moves one date of the rule (a later change of the same date replaces the earlier one). */
    public void change(SeriesPlan.DateChange change) {
        if (!plan().hasDate(change.date())) {
            throw Rejected.onField("date", "schedule.notADate");
        }
        restore(change.date());
        changes.add(new Change(change.date(), change.movedTo() == null ? null : change.movedTo().toInstant()));
    }

    /** The date happens as the rule says again. */
    public void restore(LocalDate date) {
        changes.removeIf(change -> change.date.equals(date));
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

    public String getRrule() {
        return rrule;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public ProtocolTemplate getTemplate() {
        return template;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public long getVersion() {
        return version;
    }
}
