/**
 * Who comes back and who takes part: attendance (recorded on joining, corrected by facilitators), a community's
 * engagement over time for its facilitators, badges whose rules are data, and each member's own history.
 */
package org.marigold.engagement;
