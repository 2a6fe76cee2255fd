/**
 * Meetings of a community: when they happen and where they stand. The live run (protocols, phases,
 * breakouts) grows here.
 */
package org.marigold.meeting;
