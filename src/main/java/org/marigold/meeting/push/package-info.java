/**
 * What a meeting's open pages are pushed when it changes: the message itself ({@link org.marigold.meeting.push.PushMessage}),
 * the one bridge that sends it after the change commits, here and to the cluster's other instances
 * ({@link org.marigold.meeting.push.MeetingPush}), and how pushes close together are sent as one.
 */
package org.marigold.meeting.push;
