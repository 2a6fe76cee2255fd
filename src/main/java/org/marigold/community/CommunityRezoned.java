package org.marigold.community;

/** A community now meets in another time zone: its series keep their local times there (fired inside the change's transaction). */
public record CommunityRezoned(long communityId) {
}
