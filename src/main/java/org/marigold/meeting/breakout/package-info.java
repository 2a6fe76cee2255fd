/**
 * Breakout groups of a meeting's BREAKOUT phase: how people are split into groups (balanced, by hand, or chosen
 * themselves under a cap) and where a late joiner goes. Issue 4 builds the groups' pages on these rules.
 */
package org.marigold.meeting.breakout;
