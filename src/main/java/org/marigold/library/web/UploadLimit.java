package org.marigold.library.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marigold.library.LibraryService;

/**
 * Refuses an upload that is larger than the library accepts before its body is read: a 413 with a page that says
 * the limit, rather than storing hundreds of megabytes only to refuse them. Smaller files are checked again, and by
 * content, in {@link LibraryService#upload}.
 */
@WebFilter(urlPatterns = "/library/*")
public class UploadLimit extends HttpFilter {

    /** Room for the form's other fields beside the file. */
    private static final long FORM_FIELDS = 256 * 1024;

    @Inject
    LibraryService library;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > library.uploadLimit() + FORM_FIELDS) {
            request.setAttribute("marigold.uploadLimitMb", library.uploadLimit() / (1024 * 1024));
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
