package org.marigold.community;

import java.util.Locale;

/** The mail a member may choose, per community, to get or not; each message says how to stop its kind. */
public enum MailKind {
    /** A week and a day before each meeting. */
    REMINDERS,
    /** After a meeting one came to: what it brought. */
    SUMMARIES,
    /** After a meeting one missed: a short word of it, with the record's link. */
    DIGESTS;

    /** As written in addresses ({@code kind=summaries}); anything else is the reminders, the first kind there was. */
    public static MailKind named(String name) {
        for (MailKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return REMINDERS;
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
