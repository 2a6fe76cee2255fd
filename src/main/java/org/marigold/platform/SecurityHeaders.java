package org.marigold.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. Pages get a policy that forbids framing, plugins and foreign form
 * targets; PrimeFaces adds its own nonce-based {@code script-src} policy beside it (browsers enforce both).
 * Everything else (API, static files) gets a policy that allows nothing but its own origin. Pages and the API are
 * never stored by browsers or proxies (they carry people's names and words). Over HTTPS (directly, or through a
 * proxy that says so) browsers are told to come back only over HTTPS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String OTHER_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** A year, the usual: browsers that saw it once will not try plain HTTP again. */
    static final String STRICT_TRANSPORT = "max-age=31536000";

    /** The pages' policy: forms post here only, and (when signing in with a district's account is offered) to its provider. */
    private String pagePolicy = PAGE_POLICY;

    @Override
    public void init() {
        pagePolicy = pagePolicy(ConfigProvider.getConfig().getOptionalValue("marigold.oidc.issuer", String.class));
    }

    /**
     * The login page's sign-in button posts to this site, which sends the browser on to the provider: browsers hold that
     * redirect to the page's form-action too, so the provider's origin is named there.
     */
    static String pagePolicy(Optional<String> oidcIssuer) {
        return oidcIssuer.flatMap(SecurityHeaders::origin).map(origin -> PAGE_POLICY + " " + origin).orElse(PAGE_POLICY);
    }

    private static Optional<String> origin(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.endsWith(".xhtml") || path.endsWith("/");
        boolean secure = overHttps(request);
        response.setHeader("Content-Security-Policy", page ? pagePolicy : OTHER_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (page) {
            response.setHeader("Cache-Control", "no-store");
        } else if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
        chain.doFilter(request, response);
    }

    /** Whether the person reached us over HTTPS, directly or through a proxy that says so. */
    public static boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /**
     * Marks a cookie already set on this response SameSite=Lax: a cookie made by a library that cannot be told (Jakarta
     * Security's remembered login). Its Set-Cookie header is rewritten before the response is sent.
     */
    public static void sameSite(HttpServletResponse response, String cookieName) {
        java.util.List<String> cookies = new java.util.ArrayList<>(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String value = cookie.startsWith(cookieName + "=") && !cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=")
                    ? cookie + "; SameSite=Lax" : cookie;
            if (i == 0) {
                response.setHeader("Set-Cookie", value);
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }
}
