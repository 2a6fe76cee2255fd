package org.marigold.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where links in mail lead: this server's public address ({@code marigold.base-url}), or the one the request came to. */
@RequestScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "marigold.base-url")
    Optional<String> baseUrl;

    /** The request being answered (pages and servlets alike). */
    @Inject
    HttpServletRequest request;

    /** The address of a page, such as {@code /confirm.xhtml}, without a trailing slash before it. */
    public String of(String page) {
        return baseUrl.map(url -> url.replaceAll("/+$", "")).orElseGet(this::requestBase) + page;
    }

    private String requestBase() {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
