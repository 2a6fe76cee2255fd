package org.marigold.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A badge and what earns it, kept as data (a row per badge, seeded by a migration): "Regular" is
 * {@code ATTENDED_OF_LAST} with threshold 3 and window 4, "Curator" is {@code HELPFUL_MARKS_RECEIVED} with
 * threshold 10. A new badge on an existing metric is a new row. Badges are read from recorded activity each time,
 * so a corrected attendance changes them at once.
 */
@Entity
@Table(name = "badge_rule")
@NamedQuery(name = "BadgeRule.all", query = "SELECT b FROM BadgeRule b ORDER BY b.position")
public class BadgeRule {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Metric metric;

    @Column(nullable = false)
    private int threshold;

    /** For {@link Metric#ATTENDED_OF_LAST}: how many of the latest meetings are looked at. */
    @Column(name = "window_meetings")
    private Integer window;

    @Column(nullable = false)
    private int position;

    protected BadgeRule() {
    }

    public BadgeRule(String code, Metric metric, int threshold, Integer window) {
        if (threshold < 1 || (metric == Metric.ATTENDED_OF_LAST && (window == null || window < threshold))) {
            throw new IllegalArgumentException("A badge needs a threshold of at least 1, and a window at least as large: " + code);
        }
        this.code = code;
        this.metric = metric;
        this.threshold = threshold;
        this.window = window;
    }

    public boolean earnedBy(Activity activity) {
        int reached = metric == Metric.ATTENDED_OF_LAST ? activity.attendedOfLast(window) : activity.count(metric);
        return reached >= threshold;
    }

    public String getCode() {
        return code;
    }

    public Metric getMetric() {
        return metric;
    }

    public int getThreshold() {
        return threshold;
    }

    public Integer getWindow() {
        return window;
    }
}
