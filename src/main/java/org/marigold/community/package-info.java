/**
 * Communities of practice and who belongs to them: memberships with per-community roles, invitation
 * links, and {@link org.marigold.community.CommunityService}, which checks who may do what.
 */
package org.marigold.community;
