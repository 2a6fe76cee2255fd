package org.marigold.schedule.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.platform.Rejected;
import org.marigold.schedule.MeetingSeries;
import org.marigold.schedule.Rrule;
import org.marigold.schedule.ScheduleService;
import org.marigold.web.PageMessages;

/**
 * schedule/series.xhtml: a community's meeting series (facilitators start them, skip or move a date) and the
 * addresses of its calendar feeds.
 */
@Named
@ViewScoped
public class SeriesView implements Serializable {

    /** The shapes of rule a facilitator picks from; CUSTOM takes an RRULE as typed. */
    public enum Pattern { MONTHLY, WEEKLY, EVERY_OTHER_WEEK, CUSTOM }

    @Inject
    ScheduleService schedules;

    @Inject
    CommunityService communities;

    @Inject
    ProtocolService protocols;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.marigold.web.Language language;

    @Inject
    org.marigold.web.DisplayTime displayTime;

    private String slug;
    private CommunityOverview overview;
    private List<MeetingSeries> series = List.of();
    private List<ProtocolTemplate> templates = List.of();
    private String communityFeed;
    private String personalFeed;

    private String title;
    private Pattern pattern = Pattern.MONTHLY;
    private int nth = -1;
    private DayOfWeek day = DayOfWeek.MONDAY;
    private String customRule;
    private LocalDate firstDay;
    private LocalTime at = LocalTime.of(19, 30);
    private Integer minutes = 60;
    private Long templateId;
    private final Map<Long, LocalDateTime> moveTargets = new HashMap<>();
    /** The form that, when a series already meets at these times, was warned about once: pressed again, it starts. */
    private String warnedAbout;

    /** The series being changed (null when none), as the page showed it, and what the facilitator typed. */
    private Long editingId;
    private long editingVersion;
    private String editTitle;
    private LocalTime editAt;
    private Integer editMinutes;
    private Long editTemplateId;
    private LocalDate endOn;

    public void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
        if (!overview.isMember()) {
            throw new org.marigold.platform.AccessDenied("Members see their community's schedule.");
        }
        reload();
        templates = overview.mayFacilitate() ? protocols.templates(currentUser.requireId(), slug).stream().map(t -> t.in(language.getLocale())).toList() : List.of();
        if (templateId == null && !templates.isEmpty()) {
            templateId = templates.get(0).getId();
        }
    }

    private void reload() {
        long me = currentUser.requireId();
        series = schedules.series(me, slug);
        communityFeed = feedAddress("calendars/communities/" + slug + ".ics?key=" + schedules.communityFeedSecret(me, slug));
        personalFeed = feedAddress("calendars/people/" + schedules.personalFeedSecret(me) + ".ics");
    }

    private static String feedAddress(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String site = request.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1");
        return site + external.getRequestContextPath() + "/api/" + path;
    }

    public void start() {
        try {
            Rrule rule = switch (pattern) {
                case MONTHLY -> Rrule.monthly(nth, day);
                case WEEKLY -> Rrule.weekly(1, day);
                case EVERY_OTHER_WEEK -> Rrule.weekly(2, day);
                case CUSTOM -> Rrule.of(customRule);
            };
            ScheduleService.SeriesForm form = new ScheduleService.SeriesForm(title, rule, firstDay, at, minutes == null ? 0 : minutes, templateId);
            List<String> alike = schedules.meetingAtTheSameTimes(currentUser.requireId(), slug, form);
            if (!alike.isEmpty() && !form.toString().equals(warnedAbout)) {
                warnedAbout = form.toString();
                PageMessages.error(null, "schedule.similar", String.join(", ", alike));
                return;
            }
            warnedAbout = null;
            MeetingSeries started = schedules.start(currentUser.requireId(), slug, form);
            PageMessages.info("schedule.started", started.getTitle(), schedules.meetingsOf(currentUser.requireId(), started.getId()).size());
            title = null;
        } catch (Rejected rejected) {
            if ("rule".equals(rejected.field()) && pattern != Pattern.CUSTOM) {
                PageMessages.error(null, rejected.messageKey(), rejected.arguments());
            } else {
                PageMessages.show(rejected, "seriesForm");
            }
        }
        reload();
    }

    public void skip(MeetingSeries of, Meeting meeting) {
        guarded(() -> schedules.skip(currentUser.requireId(), of.getId(), meeting.getOccurrenceDate()), "schedule.skipped");
    }

    public void restore(MeetingSeries of, Meeting meeting) {
        guarded(() -> schedules.restore(currentUser.requireId(), of.getId(), meeting.getOccurrenceDate()), "schedule.restored");
    }

    public void move(MeetingSeries of, Meeting meeting) {
        LocalDateTime to = moveTargets.get(meeting.getId());
        guarded(() -> schedules.move(currentUser.requireId(), of.getId(), meeting.getOccurrenceDate(), to), "schedule.moved");
    }

    /** Opens the change form on this series, as the page shows it. */
    public void edit(MeetingSeries of) {
        editingId = of.getId();
        editingVersion = of.getVersion();
        editTitle = of.getTitle();
        editAt = of.getStartTime();
        editMinutes = of.getDurationMinutes();
        editTemplateId = of.getTemplate() == null ? null : of.getTemplate().getId();
        endOn = of.getEndsOn();
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void saveChange() {
        try {
            schedules.change(currentUser.requireId(), editingId, editingVersion,
                    new ScheduleService.SeriesChange(editTitle, editAt, editMinutes == null ? 0 : editMinutes, editTemplateId));
            PageMessages.info("schedule.change.saved");
            editingId = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "seriesEdit");
        } catch (org.marigold.platform.Conflict stale) {
            // What was typed stays; the list shows the other change, and saving again applies this one over it.
            editingVersion = schedules.series(currentUser.requireId(), slug).stream().filter(s -> s.getId().equals(editingId))
                    .findFirst().map(MeetingSeries::getVersion).orElse(editingVersion);
            PageMessages.error(null, "schedule.change.stale");
        }
        reload();
    }

    public void end() {
        try {
            MeetingSeries ended = schedules.end(currentUser.requireId(), editingId, endOn);
            PageMessages.info("schedule.ended", ended.getTitle(), displayTime.day(ended.getEndsOn()));
            editingId = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "seriesEdit");
        }
        reload();
    }

    public void resume(MeetingSeries of) {
        guarded(() -> schedules.resume(currentUser.requireId(), of.getId()), "schedule.resumed");
    }

    public void resetCommunityFeed() {
        schedules.resetCommunityFeed(currentUser.requireId(), slug);
        PageMessages.info("schedule.feed.reset");
        reload();
    }

    public void resetPersonalFeed() {
        schedules.resetPersonalFeed(currentUser.requireId());
        PageMessages.info("schedule.feed.reset");
        reload();
    }

    private void guarded(Runnable action, String done) {
        try {
            action.run();
            PageMessages.info(done);
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
        }
        reload();
    }

    public List<Meeting> meetingsOf(MeetingSeries of) {
        return schedules.meetingsOf(currentUser.requireId(), of.getId());
    }

    /** "The last Monday of every month", "every week on Thursday", or the rule as written. */
    public String describe(MeetingSeries of) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.util.regex.Matcher monthly = java.util.regex.Pattern.compile("FREQ=MONTHLY;BYDAY=(-?\\d)(MO|TU|WE|TH|FR|SA|SU)").matcher(of.getRrule());
        java.util.regex.Matcher weekly = java.util.regex.Pattern.compile("FREQ=WEEKLY(?:;INTERVAL=(\\d))?;BYDAY=(MO|TU|WE|TH|FR|SA|SU)").matcher(of.getRrule());
        if (monthly.matches()) {
            return PageMessages.text("schedule.describe.monthly." + monthly.group(1), dayName(monthly.group(2), locale));
        }
        if (weekly.matches()) {
            int weeks = weekly.group(1) == null ? 1 : Integer.parseInt(weekly.group(1));
            return PageMessages.text("schedule.describe.weekly", weeks, dayName(weekly.group(2), locale));
        }
        return of.getRrule();
    }

    private static String dayName(String code, java.util.Locale locale) {
        return java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(code)).findFirst().orElseThrow()
                .getDisplayName(TextStyle.FULL, locale);
    }

    public Pattern[] getPatterns() {
        return Pattern.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public int[] getNths() {
        return new int[] {1, 2, 3, 4, -1};
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public List<MeetingSeries> getSeries() {
        return series;
    }

    public List<ProtocolTemplate> getTemplates() {
        return templates;
    }

    public String getCommunityFeed() {
        return communityFeed;
    }

    public String getPersonalFeed() {
        return personalFeed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Pattern getPattern() {
        return pattern;
    }

    public void setPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    public int getNth() {
        return nth;
    }

    public void setNth(int nth) {
        this.nth = nth;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public String getCustomRule() {
        return customRule;
    }

    public void setCustomRule(String customRule) {
        this.customRule = customRule;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalTime getAt() {
        return at;
    }

    public void setAt(LocalTime at) {
        this.at = at;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public Map<Long, LocalDateTime> getMoveTargets() {
        return moveTargets;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public LocalTime getEditAt() {
        return editAt;
    }

    public void setEditAt(LocalTime editAt) {
        this.editAt = editAt;
    }

    public Integer getEditMinutes() {
        return editMinutes;
    }

    public void setEditMinutes(Integer editMinutes) {
        this.editMinutes = editMinutes;
    }

    public Long getEditTemplateId() {
        return editTemplateId;
    }

    public void setEditTemplateId(Long editTemplateId) {
        this.editTemplateId = editTemplateId;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    /** The series being changed, as the list now shows it (null when none). */
    public MeetingSeries getEditing() {
        return editingId == null ? null : series.stream().filter(s -> s.getId().equals(editingId)).findFirst().orElse(null);
    }
}
