package org.marigold.archive;

import java.util.List;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.library.ResourceChange;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceUse;
import org.marigold.meeting.Authorship;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.Speakers;
import org.marigold.meeting.TransitionAction;
import org.marigold.schedule.Rsvp;

/**
 * What a community archive holds (docs/archive-format.md), in the order an import writes it: each array's rows come
 * after the rows they refer to, except a contribution's or note's reference to a later one, written once both are.
 * Left out on purpose: secrets (passwords, tokens, calendar and mail keys, public and shared links), the instance's
 * own tables (the outbox, logins), and optimistic-lock versions.
 * <p>
 * Who said, wrote, edited or found what is left out of a meeting whose contributions were anonymous, or whose record
 * the community keeps anonymous once it ended ({@link #HIDDEN}): the archive keeps those meetings as every page does.
 */
final class ArchiveTables {

    static final String FORMAT = "marigold-community";
    static final int VERSION = 1;
    /** How a series names a protocol built into Marigold rather than one of the community's own: "built-in:consultancy". */
    static final String BUILT_IN = "built-in:";

    /** Whether meeting {@code m} (of community {@code k}) keeps its authors from readers. */
    private static final String HIDDEN = "(m.authorship = 'ANONYMOUS' OR (m.status = 'ENDED' AND k.anonymous_records))";
    private static final String OF_MEETING = " JOIN meeting m ON m.id = x.meeting_id WHERE m.community_id = ?";
    private static final String OF_MEETING_KEPT = " JOIN meeting m ON m.id = x.meeting_id JOIN community k ON k.id = m.community_id"
            + " WHERE m.community_id = ?";
    private static final String PHASE_COLUMNS = "x.position, x.kind, x.title, x.instructions, x.minutes, x.speakers, x.wording, x.moves_on,"
            + " x.cue, x.norm, x.script_written, x.instructions_en, x.instructions_fr, x.instructions_es";

    /** The members' rows: who, with which role, since when, invited by whom, and which mail they want. */
    static final String MEMBERS = "SELECT x.account_id, x.role, x.joined_at, x.invited_by, x.reminders, x.summaries, x.digests"
            + " FROM membership x WHERE x.community_id = ? ORDER BY x.joined_at, x.id";
    static final String PERSON = "SELECT x.email, x.display_name, x.organisation, x.time_zone, x.language, x.badges_hidden"
            + " FROM account x WHERE x.id = ?";
    static final String COMMUNITY = "SELECT x.slug, x.name, x.description, x.visibility, x.time_zone, x.created_at,"
            + " x.anonymous_records, x.comment_days, x.summaries_to_all FROM community x WHERE x.id = ?";

    static final List<ArchiveTable> ALL = List.of(
            ArchiveTable.of("protocols", "protocol_template", "id", true,
                    "SELECT x.id, x.code, x.name, x.description, x.created_at FROM protocol_template x WHERE x.community_id = ? ORDER BY x.id"),
            ArchiveTable.of("protocol_phases", "protocol_phase", null, false,
                    "SELECT x.template_id, " + PHASE_COLUMNS + " FROM protocol_phase x JOIN protocol_template t ON t.id = x.template_id"
                            + " WHERE t.community_id = ? ORDER BY x.template_id, x.position")
                    .refer("template_id", "protocols").enumerated("kind", PhaseKind.class).enumerated("speakers", Speakers.class),
            ArchiveTable.of("series", "meeting_series", "id", true,
                    "SELECT x.id, x.title, x.rrule, x.first_day, x.start_time, x.duration_minutes, x.template_id, x.created_at, x.language,"
                            + " x.ends_on FROM meeting_series x WHERE x.community_id = ? ORDER BY x.id")
                    .refer("template_id", "protocols"),
            ArchiveTable.of("series_changes", "series_change", null, false,
                    "SELECT x.series_id, x.occurrence_date, x.moved_to FROM series_change x JOIN meeting_series s ON s.id = x.series_id"
                            + " WHERE s.community_id = ?")
                    .refer("series_id", "series"),
            ArchiveTable.of("lists", "resource_list", "id", true,
                    "SELECT x.id, x.name, x.description, x.created_by, x.created_at FROM resource_list x WHERE x.community_id = ? ORDER BY x.id")
                    .refer("created_by", "people"),
            ArchiveTable.of("meetings", "meeting", "id", true,
                    "SELECT x.id, x.title, x.starts_at, x.duration_minutes, x.status, x.created_at, x.protocol_name, x.protocol_code,"
                            + " x.presenter_id, x.problem_title, x.problem_context, x.problem_question, x.problem_links, x.phase_index,"
                            + " x.phase_started_at, x.phase_planned_seconds, x.paused_at, x.paused_seconds, x.started_at, x.ended_at,"
                            + " x.release_on_timer, x.starter_list_id, x.series_id, x.occurrence_date, x.follow_up, x.follow_up_at,"
                            + " x.cancel_reason, x.call_link, x.room, x.calendar_revision, x.stayed_in, x.groups_warning_seconds,"
                            + " x.groups_close_at, x.authorship FROM meeting x WHERE x.community_id = ? ORDER BY x.id")
                    .refer("presenter_id", "people", "starter_list_id", "lists", "series_id", "series")
                    .enumerated("status", MeetingStatus.class).enumerated("authorship", Authorship.class),
            ArchiveTable.of("meeting_phases", "meeting_phase", null, false,
                    "SELECT x.meeting_id, " + PHASE_COLUMNS + " FROM meeting_phase x" + OF_MEETING)
                    .refer("meeting_id", "meetings").enumerated("kind", PhaseKind.class).enumerated("speakers", Speakers.class),
            ArchiveTable.of("facilitators", "meeting_facilitator", null, false,
                    "SELECT x.meeting_id, x.account_id FROM meeting_facilitator x" + OF_MEETING)
                    .refer("meeting_id", "meetings", "account_id", "people"),
            ArchiveTable.of("breakouts", "breakout", "id", false,
                    "SELECT x.id, x.meeting_id, x.position, x.name, x.lens, x.starter_list_id, x.member_cap, x.needs_facilitator,"
                            + " x.chosen_by_members, x.last_activity_at FROM breakout x" + OF_MEETING + " ORDER BY x.id")
                    .refer("meeting_id", "meetings", "starter_list_id", "lists"),
            ArchiveTable.of("breakout_members", "breakout_member", null, false,
                    "SELECT x.breakout_id, x.account_id FROM breakout_member x JOIN breakout b ON b.id = x.breakout_id"
                            + " JOIN meeting m ON m.id = b.meeting_id WHERE m.community_id = ?")
                    .refer("breakout_id", "breakouts", "account_id", "people"),
            ArchiveTable.of("contributions", "contribution", "id", false,
                    "SELECT x.id, x.meeting_id, x.phase_index, x.kind, x.contribution_type, " + hidden("x.author_id") + ", x.body,"
                            + " x.parent_id, x.answer, x.held, x.answered, x.merged_into_id, x.picked, x.created_at, x.brought_back_in,"
                            + " x.retagged_by_id FROM contribution x" + OF_MEETING_KEPT + " ORDER BY x.id")
                    .refer("meeting_id", "meetings", "author_id", "people", "parent_id", "contributions",
                            "merged_into_id", "contributions", "retagged_by_id", "people")
                    .enumerated("kind", ContributionKind.class).enumerated("contribution_type", ContributionType.class),
            ArchiveTable.of("contribution_askers", "contribution_asker", null, false,
                    "SELECT x.contribution_id, x.account_id FROM contribution_asker x JOIN contribution c ON c.id = x.contribution_id"
                            + " JOIN meeting m ON m.id = c.meeting_id JOIN community k ON k.id = m.community_id"
                            + " WHERE m.community_id = ? AND NOT " + HIDDEN)
                    .refer("contribution_id", "contributions", "account_id", "people"),
            ArchiveTable.of("contribution_votes", "contribution_vote", null, false,
                    "SELECT x.contribution_id, x.account_id FROM contribution_vote x JOIN contribution c ON c.id = x.contribution_id"
                            + " JOIN meeting m ON m.id = c.meeting_id WHERE m.community_id = ?")
                    .refer("contribution_id", "contributions", "account_id", "people"),
            ArchiveTable.of("breakout_notes", "breakout_note", "id", false,
                    "SELECT x.id, x.breakout_id, " + hidden("x.author_id") + ", x.body, x.written_at, " + hidden("x.edited_by_id")
                            + ", x.edited_at, x.recommendation_id, x.pinned_at, x.pinned_by_id FROM breakout_note x"
                            + " JOIN breakout b ON b.id = x.breakout_id JOIN meeting m ON m.id = b.meeting_id"
                            + " JOIN community k ON k.id = m.community_id WHERE m.community_id = ? ORDER BY x.id")
                    .refer("breakout_id", "breakouts", "author_id", "people", "edited_by_id", "people",
                            "recommendation_id", "contributions", "pinned_by_id", "people"),
            ArchiveTable.of("broadcasts", "breakout_broadcast", "id", false,
                    "SELECT x.id, x.meeting_id, x.author_id, x.body, x.sent_at FROM breakout_broadcast x" + OF_MEETING + " ORDER BY x.id")
                    .refer("meeting_id", "meetings", "author_id", "people"),
            ArchiveTable.of("running_notes", "meeting_notes", null, false,
                    "SELECT x.meeting_id, x.note_taker_id, x.body, x.updated_at, x.updated_by_id FROM meeting_notes x" + OF_MEETING)
                    .refer("meeting_id", "meetings", "note_taker_id", "people", "updated_by_id", "people"),
            ArchiveTable.of("attendance", "meeting_attendance", null, false,
                    "SELECT x.meeting_id, x.account_id, x.first_joined_at, x.last_seen_at, x.minutes_present, x.corrected_by,"
                            + " x.corrected_at FROM meeting_attendance x" + OF_MEETING)
                    .refer("meeting_id", "meetings", "account_id", "people", "corrected_by", "people"),
            ArchiveTable.of("rsvps", "rsvp", null, false,
                    "SELECT x.meeting_id, x.account_id, x.answer, x.answered_at FROM rsvp x" + OF_MEETING)
                    .refer("meeting_id", "meetings", "account_id", "people").enumerated("answer", Rsvp.Answer.class),
            ArchiveTable.of("transitions", "meeting_transition", "id", false,
                    "SELECT x.id, x.meeting_id, x.action, x.from_phase, x.to_phase, x.actor_id, x.happened_at FROM meeting_transition x"
                            + OF_MEETING + " ORDER BY x.id")
                    .refer("meeting_id", "meetings", "actor_id", "people").enumerated("action", TransitionAction.class),
            ArchiveTable.of("record_comments", "record_comment", "id", false,
                    "SELECT x.id, x.meeting_id, x.author_id, x.body, x.written_at FROM record_comment x" + OF_MEETING + " ORDER BY x.id")
                    .refer("meeting_id", "meetings", "author_id", "people"),
            ArchiveTable.of("mail_sent", "meeting_reminder", null, false,
                    "SELECT x.meeting_id, x.kind, x.queued_at FROM meeting_reminder x" + OF_MEETING)
                    .refer("meeting_id", "meetings"),
            ArchiveTable.of("resources", "resource", "id", true,
                    "SELECT x.id, x.kind, x.title, x.url, x.description, " + hidden("x.added_by") + ", x.added_at, x.isbn, x.tags,"
                            + " x.audience, x.file_name, x.content_type, x.file_size, x.found_meeting_id, x.found_breakout_id, x.found_group,"
                            + " x.helpful_count, x.used_count, x.search_text, x.removed_at, x.removed_by FROM resource x"
                            + " LEFT JOIN meeting m ON m.id = x.found_meeting_id LEFT JOIN community k ON k.id = m.community_id"
                            + " WHERE x.community_id = ? ORDER BY x.id")
                    .refer("added_by", "people", "found_meeting_id", "meetings", "found_breakout_id", "breakouts", "removed_by", "people")
                    .enumerated("kind", ResourceKind.class),
            ArchiveTable.of("list_entries", "resource_list_entry", "id", false,
                    "SELECT x.id, x.list_id, x.position, x.resource_id, x.note, x.heading FROM resource_list_entry x"
                            + " JOIN resource_list l ON l.id = x.list_id WHERE l.community_id = ? ORDER BY x.id")
                    .refer("list_id", "lists", "resource_id", "resources"),
            ArchiveTable.of("helpful_marks", "resource_mark", null, false,
                    "SELECT x.resource_id, x.account_id, x.marked_at FROM resource_mark x JOIN resource r ON r.id = x.resource_id"
                            + " WHERE r.community_id = ?")
                    .refer("resource_id", "resources", "account_id", "people"),
            ArchiveTable.of("resource_uses", "resource_use", "id", false,
                    "SELECT x.id, x.resource_id, x.meeting_id, x.how, x.detail, x.used_at FROM resource_use x"
                            + " JOIN resource r ON r.id = x.resource_id WHERE r.community_id = ? ORDER BY x.id")
                    .refer("resource_id", "resources", "meeting_id", "meetings").enumerated("how", ResourceUse.How.class),
            ArchiveTable.of("resource_changes", "resource_change", "id", false,
                    "SELECT x.id, x.resource_id, x.account_id, x.what, x.changed_at FROM resource_change x"
                            + " JOIN resource r ON r.id = x.resource_id WHERE r.community_id = ? ORDER BY x.id")
                    .refer("resource_id", "resources", "account_id", "people").enumerated("what", ResourceChange.What.class));

    /** Enum columns of the community and people objects. */
    static final Class<Visibility> VISIBILITY = Visibility.class;
    static final Class<Role> ROLE = Role.class;

    private ArchiveTables() {
    }

    private static String hidden(String column) {
        String name = column.substring(column.indexOf('.') + 1);
        return "CASE WHEN " + HIDDEN + " THEN NULL ELSE " + column + " END AS " + name;
    }
}
