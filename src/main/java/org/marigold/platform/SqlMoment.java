package org.marigold.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A moment as a native query binds it on every database (PostgreSQL's driver takes no Instant). */
public final class SqlMoment {

    private SqlMoment() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
