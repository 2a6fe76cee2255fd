/**
 * What a meeting's open pages are pushed when it changes: the push itself ({@link Push}, sent as JSON), the one bridge
 * that sends it after the change commits, here and to the cluster's other instances ({@link MeetingPush}), and how
 * pushes close together go as one ({@link SaidTogether}).
 */
package org.marigold.meeting.push;
