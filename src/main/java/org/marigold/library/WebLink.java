package org.marigold.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An address people can follow safely: absolute http or https with a host. Nothing else is accepted. */
public record WebLink(String value) {

    public static final int MAX_LENGTH = 2000;

    public WebLink {
        if (!isAcceptable(value)) {
            throw new IllegalArgumentException("Only http and https links are accepted: " + value);
        }
        value = value.strip();
    }

    public static boolean isAcceptable(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.strip().length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(candidate.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
