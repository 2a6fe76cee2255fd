package org.marigold.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives a page that failed with {@link NotFound} or {@link AccessDenied} the HTTP status it deserves
 * (404, 403) rather than 500; the container then shows the matching friendly error page.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ErrorStatus extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotFound && !response.isCommitted()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (cause instanceof AccessDenied && !response.isCommitted()) {
                    request.setAttribute("marigold.denied", cause.getMessage());
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            throw failure;
        }
    }
}
