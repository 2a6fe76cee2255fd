package org.marigold.meeting.record;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.library.Resource;
import org.marigold.platform.Wording;

/**
 * A meeting's record as Markdown, to keep in a shared drive or paste into a newsletter. What people wrote is
 * escaped, so their asterisks and brackets stay text.
 */
public final class RecordMarkdown {

    private RecordMarkdown() {
    }

    /** Labels in the reader's language, looked up by key ("record.attendance"), with {0}-style arguments. */
    public interface Labels {
        String text(String key, Object... arguments);
    }

    /** The record as its reader reads it: labels in their language, the meeting's time in their zone. */
    public static String write(MeetingRecord record, Locale language, ZoneId zone) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language).withZone(zone)
                .format(record.meeting().getStartsAt());
        return write(record, when, (key, arguments) -> Wording.of(language, key, arguments), phase -> phase.in(language));
    }

    public static String write(MeetingRecord record, String when, Labels labels) {
        return write(record, when, labels, phase -> phase);
    }

    /** {@code worded}: a phase as the reader reads its title (a built-in protocol's, in their language). */
    private static String write(MeetingRecord record, String when, Labels labels, UnaryOperator<Phase> worded) {
        String colon = labels.text("punct.colon") + " ";
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(record.meeting().getTitle())).append("\n\n");
        md.append(escape(when)).append(" · ").append(escape(record.meeting().getProtocolName())).append("  \n");
        if (record.meeting().getPresenter() != null) {
            md.append(labels.text("meeting.presenter")).append(colon).append(escape(record.meeting().getPresenter().getDisplayName())).append("  \n");
        }
        md.append(labels.text("record.attendance", record.attendance()));
        if (!record.attendees().isEmpty()) {
            md.append(colon).append(escape(String.join(", ", record.attendees())));
        }
        md.append("\n");
        if (record.anonymous()) {
            md.append("\n*").append(labels.text("record.anonymous")).append("*\n");
        } else if (record.meeting().isAnonymousContributions()) {
            md.append("\n*").append(labels.text("record.anonymousContributions")).append("*\n");
        }
        var problem = record.meeting().getProblem();
        if (problem != null && problem.isWritten()) {
            md.append("\n## ").append(labels.text("meeting.problem")).append(colon).append(escape(problem.getTitle())).append("\n\n");
            md.append(escape(problem.getContext())).append("\n\n");
            md.append("**").append(labels.text("meeting.problem.question")).append("** ").append(escape(problem.getFramingQuestion())).append("\n");
            if (record.restated() != null) {
                md.append("\n**").append(labels.text("focus.restated")).append("** ").append(escape(record.restated())).append("\n");
            }
            for (String link : problem.getLinks()) {
                md.append("- <").append(destination(link)).append(">\n");
            }
        }
        for (MeetingRecord.PhaseRecord phase : record.phases()) {
            if (phase.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(phase.number()).append(". ").append(escape(worded.apply(phase.phase()).getTitle())).append("\n\n");
            String instructions = phase.phase().getInstructions();
            if (phase.phase().getKind() == PhaseKind.PROMPT && instructions != null && !instructions.isBlank()) {
                md.append("> ").append(escape(instructions).replace("\n", "\n> ")).append("\n\n"); // the chat question itself, not just "Q1"
            }
            for (MeetingRecord.Said said : phase.said()) {
                item(md, said, labels, "", colon);
            }
            for (MeetingRecord.GroupRecord group : phase.groups()) {
                md.append("\n### ").append(escape(group.name())).append("\n\n");
                if (group.lens() != null) {
                    md.append("*").append(escape(group.lens())).append("*\n\n");
                }
                for (MeetingRecord.Note note : group.notes()) {
                    md.append("- ").append(escape(note.body())).append(author(note.author())).append("\n");
                }
                for (Resource found : group.finds()) {
                    md.append("- [").append(escape(found.getTitle())).append("](").append(destination(found.getUrl())).append(")")
                            .append(found.getDescription() == null ? "" : ": " + escape(found.getDescription())).append("\n");
                }
            }
        }
        if (record.meeting().getFollowUp() != null) {
            md.append("\n## ").append(labels.text("followUp.heading")).append("\n\n").append(escape(record.meeting().getFollowUp())).append("\n");
        }
        if (record.notes() != null) {
            md.append("\n## ").append(labels.text("record.notes")).append("\n\n");
            if (record.noteTaker() != null) {
                md.append("*").append(escape(labels.text("notes.noteTaker", record.noteTaker()))).append("*\n\n");
            }
            md.append(escape(record.notes())).append("\n");
        }
        if (!record.comments().isEmpty()) {
            md.append("\n## ").append(labels.text("record.comments")).append("\n\n");
            for (MeetingRecord.Comment comment : record.comments()) {
                md.append("- ").append(escape(comment.body())).append(author(comment.author())).append("\n");
            }
        }
        return md.toString();
    }

    private static void item(StringBuilder md, MeetingRecord.Said said, RecordMarkdown.Labels labels, String indent, String colon) {
        md.append(indent).append("- ");
        if (said.picked()) {
            md.append("**").append(labels.text("recommendation.picked")).append(colon.strip()).append("** ");
        }
        if (said.kind() == ContributionKind.FEEDBACK && said.type() != null) {
            md.append("*").append(labels.text("type." + said.type())).append(colon.strip()).append("* ");
        }
        md.append(escape(said.body())).append(author(said.author()));
        if (said.group() != null) {
            md.append(" *(").append(labels.text("recommendation.fromGroup")).append(" ").append(escape(said.group())).append(")*");
        }
        if (said.held()) {
            md.append(" *(").append(said.broughtBackIn() == null ? labels.text("question.held")
                    : labels.text("record.broughtBack", said.broughtBackIn())).append(")*");
        }
        if (said.votes() > 0) {
            md.append(" (+").append(said.votes()).append(")");
        }
        md.append("\n");
        if (said.answer() != null) {
            md.append(indent).append("  - ").append(labels.text("question.answer")).append(" ").append(escape(said.answer())).append("\n");
        }
        for (MeetingRecord.Said reply : said.replies()) {
            item(md, reply, labels, indent + "  ", colon);
        }
    }

    private static String author(String name) {
        return name == null ? "" : " — " + escape(name);
    }

    /**
     * A link's address as a Markdown destination: only http and https addresses, and every character that could end the
     * destination or start markup ({@code ( ) < > [ ] \ `}, spaces, controls) percent-encoded, so that
     * {@code https://x.example/)(javascript:…)} stays one harmless address.
     */
    static String destination(String url) {
        if (url == null || !url.regionMatches(true, 0, "https://", 0, 8) && !url.regionMatches(true, 0, "http://", 0, 7)) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "()<>[]\\`\"'".indexOf(c) >= 0) {
                safe.append('%').append(String.format("%02X", c));
            } else {
                safe.append((char) c);
            }
        }
        return safe.toString();
    }

    /** Markdown's special characters in people's words become plain characters; line breaks stay. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", Matcher.quoteReplacement("\\") + "$1")
                .replace("\r\n", "\n").replace("\n", "  \n");
    }
}
