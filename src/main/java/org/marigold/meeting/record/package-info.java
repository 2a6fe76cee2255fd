/** What a meeting leaves behind: its record in phase order, as a page, as Markdown and as JSON. */
package org.marigold.meeting.record;
