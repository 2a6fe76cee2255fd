package org.marigold.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a post comes from one of Marigold's own pages, as browsers tell it: {@code Sec-Fetch-Site}, or else
 * {@code Origin}, or else {@code Referer}. A request that says none of them is no browser's form on another site (a
 * script can send anything, but carries no visitor's cookies). This site is the host the request was sent to, or the
 * host of {@code marigold.base-url} (behind a proxy that changes the Host). The one rule for every post that must not
 * come from another site: the language switcher's, and every page's form (a visitor's forms keep no state that could
 * tell, so without it another site could sign a visitor in to its own account).
 */
public final class OwnSite {

    private OwnSite() {
    }

    public static boolean posted(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String from = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
        return from == null || host(from).filter(host -> isThisSite(request, host)).isPresent();
    }

    private static boolean isThisSite(HttpServletRequest request, String host) {
        return host.equalsIgnoreCase(request.getServerName()) || ConfigProvider.getConfig()
                .getOptionalValue("marigold.base-url", String.class).flatMap(OwnSite::host).filter(host::equalsIgnoreCase).isPresent();
    }

    /** The host an address names; none for "null" (a sandboxed page's origin) or what is no address. */
    private static Optional<String> host(String address) {
        try {
            return Optional.ofNullable(URI.create(address.strip()).getHost());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
