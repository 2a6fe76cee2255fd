/**
 * A community's rhythm: meeting series that follow a recurrence rule in the community's time zone, with exceptions,
 * and the iCalendar files that calendars subscribe to.
 */
package org.marigold.schedule;
