package org.marigold.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marigold.account.Account;

/**
 * The addresses pasted into "Invite by e-mail", as people paste them: from a spreadsheet's column (one per line), a mail's
 * To line ({@code Sam Rivera <sam@example.org>, maya@example.org}), separated by commas, semicolons, spaces or lines.
 * Each address once, in lower case; what is not an address is kept to say so.
 */
public record InvitedAddresses(List<String> addresses, List<String> notAddresses) {

    /** At most this many at once: a community's roster, not a mailing list. */
    public static final int MOST = 100;

    private static final Pattern ANGLED = Pattern.compile("<([^<>]*)>");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"()]+@[^@\\s<>,;\"()]+\\.[^@\\s<>,;\"().]+");

    public static InvitedAddresses parse(String pasted) {
        Set<String> addresses = new LinkedHashSet<>();
        List<String> notAddresses = new ArrayList<>();
        // Quoted names may hold commas ("Rivera, Sam" <sam@example.org>): they go first.
        String text = (pasted == null ? "" : pasted).replaceAll("\"[^\"]*\"", " ");
        for (String entry : text.split("[,;\\n\\r]+")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher angled = ANGLED.matcher(entry);
            // Words without an @ beside an address are a name (Maya Chen maya@example.org).
            List<String> candidates = angled.find() ? List.of(angled.group(1).strip())
                    : Arrays.stream(entry.strip().split("\\s+")).filter(word -> word.contains("@")).toList();
            if (candidates.isEmpty()) {
                notAddresses.add(entry.strip());
            }
            for (String candidate : candidates) {
                String cleaned = candidate.replaceFirst("^mailto:", "");
                if (cleaned.length() <= 254 && ADDRESS.matcher(cleaned).matches()) {
                    addresses.add(Account.normaliseEmail(cleaned));
                } else {
                    notAddresses.add(cleaned);
                }
            }
        }
        return new InvitedAddresses(List.copyOf(addresses), List.copyOf(notAddresses));
    }
}
