package org.marigold.library;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Who a resource is for: grade bands, educators themselves, or families. */
public enum Audience {
    GRADES_K_2, GRADES_3_5, GRADES_6_8, GRADES_9_12, EDUCATORS, FAMILIES;

    static String stored(Collection<Audience> audiences) {
        return audiences == null || audiences.isEmpty() ? null
                : "," + String.join(",", audiences.stream().sorted().map(Enum::name).toList()) + ",";
    }

    static List<Audience> fromStored(String stored) {
        return stored == null ? List.of()
                : Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Audience::valueOf).sorted().toList();
    }
}
