package org.marigold.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The time zones people choose from (regions like "America/Toronto", and UTC), and reading one typed or posted back. */
public final class TimeZones {

    public static final List<String> CHOICES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted()).toList();

    private TimeZones() {
    }

    /** The zone of that name, if it is one of the choices; an unknown or made-up name gives nothing. */
    public static Optional<ZoneId> named(String id) {
        return id != null && CHOICES.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }
}
