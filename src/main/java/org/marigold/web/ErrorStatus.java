package org.marigold.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.HtmlText;
import org.marigold.platform.NotFound;
import org.marigold.platform.OwnSite;

/**
 * Gives a page the HTTP status its failure deserves rather than 500, and the container then shows the matching
 * friendly error page: 404 for {@link NotFound}, 403 for {@link AccessDenied}, 400 for a page whose view had expired
 * (its page says so). Posted forms that no browser of ours sends are refused before the page handles them: larger
 * than the server reads (413), holding a NUL character (400: no text anyone types holds one, and PostgreSQL refuses
 * to store it), or a Faces post without the nonce PrimeFaces adds to every form (400); and any post sent from another
 * site's page (403, {@link OwnSite}): a visitor's forms are stateless, so nothing else would tell.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ErrorStatus extends HttpFilter {

    /** What the server reads of a posted form (Grizzly's max-post-size, 2 MB); the pages' fields take far less. */
    static final long MOST_FORM_BYTES = 2L * 1024 * 1024;
    /** Set when the page's view had expired: the 400 page then says so. */
    public static final String EXPIRED = "marigold.expired";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !OwnSite.posted(request)) {
            plainPage(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
            return;
        }
        if (isFormPost(request) && refusedForm(request, response)) {
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotFound && !response.isCommitted()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (cause instanceof AccessDenied && !response.isCommitted()) {
                    request.setAttribute("marigold.denied", cause.getMessage()); // English; the page words a keyed reason in its language
                    request.setAttribute("marigold.deniedKey", ((AccessDenied) cause).messageKey());
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (cause instanceof ViewExpiredException && !response.isCommitted()) {
                    request.setAttribute(EXPIRED, Boolean.TRUE);
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
            throw failure;
        }
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    }

    /**
     * The error page for a refused form, written here: the container's error pages are Faces pages, which would read
     * the same refused form again (and fail the same way) while rendering.
     */
    private static void plainPage(HttpServletRequest request, HttpServletResponse response, int status, String messages)
            throws IOException {
        java.util.Locale language = java.util.Optional.ofNullable(request.getSession(false))
                .map(session -> (java.util.Locale) session.getAttribute(Language.CHOSEN))
                .or(() -> Language.spoken(request.getLocale())).orElse(java.util.Locale.ENGLISH);
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("messages", language);
        String title = HtmlText.escape(words.getString(messages + ".title"));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · Marigold</title></head>"
                + "<body style=\"font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5\">"
                + "<main><h1>" + title + "</h1><p>" + HtmlText.escape(words.getString(messages + ".text")) + "</p>"
                + "<p><a href=\"" + HtmlText.escape(request.getContextPath()) + "/\">" + HtmlText.escape(words.getString("error.home"))
                + "</a></p></main></body></html>");
    }

    /** Whether the form was refused (and the answer sent). */
    private static boolean refusedForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> fields;
        try {
            fields = request.getContentLengthLong() > MOST_FORM_BYTES ? null : request.getParameterMap();
        } catch (IllegalStateException tooLarge) {
            fields = null; // sent without a length, and more than the server reads
        }
        if (fields == null) {
            plainPage(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413.form");
            return true;
        }
        boolean nul = fields.entrySet().stream().anyMatch(field -> field.getKey().indexOf('\0') >= 0
                || java.util.Arrays.stream(field.getValue()).anyMatch(value -> value != null && value.indexOf('\0') >= 0));
        boolean forged = fields.containsKey("jakarta.faces.ViewState") && !fields.containsKey("primefaces.nonce");
        if (nul || forged) {
            plainPage(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.400");
            return true;
        }
        return false;
    }
}
