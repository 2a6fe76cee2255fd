package org.marigold.meeting;

import java.util.Arrays;
import java.util.List;

/**
 * What sort of a kind's contribution this is, where the kind has sorts: clarifying questions are brief and factual,
 * probing questions push the presenter's thinking; the Tuning protocol's feedback is warm (what works) or cool (what
 * to think about), and the two are kept apart.
 */
public enum ContributionType {
    CLARIFYING(ContributionKind.QUESTION),
    PROBING(ContributionKind.QUESTION),
    WARM(ContributionKind.FEEDBACK),
    COOL(ContributionKind.FEEDBACK);

    private final ContributionKind kind;

    ContributionType(ContributionKind kind) {
        this.kind = kind;
    }

    public ContributionKind kind() {
        return kind;
    }

    /** The sorts of this kind, the one taken when none is said first; empty for a kind without sorts. */
    public static List<ContributionType> of(ContributionKind kind) {
        return Arrays.stream(values()).filter(type -> type.kind == kind).toList();
    }

    /** The sort a contribution of this kind has: the one said if it is of the kind, else the kind's first; null for none. */
    public static ContributionType forKind(ContributionKind kind, ContributionType said) {
        if (said != null && said.kind == kind) {
            return said;
        }
        List<ContributionType> sorts = of(kind);
        return sorts.isEmpty() ? null : sorts.get(0);
    }
}
