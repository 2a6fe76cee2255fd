package org.marigold.meeting.push;

import java.io.Serializable;

/** A push built on the instance where the change was made, sent as it is to the pages open on the other instances. */
public record RelayedPush(long meetingId, Push push) implements Serializable {
}
