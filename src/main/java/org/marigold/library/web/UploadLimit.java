package org.marigold.library.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.marigold.library.LibraryService;

/**
 * Reads a library upload itself, refusing it once it is larger than the library accepts: a 413 with a page that says
 * the limit, before more is read, whether the request declared its length (then nothing is read) or streams it in
 * chunks (then reading stops at the limit). The container's own multipart reading would take a chunked upload whole,
 * up to its ceiling, before anyone could refuse it. What was read is handed on as the request's parts and fields
 * ({@link FormParts}); the file is checked again, and by content, in {@link LibraryService#upload}.
 */
@WebFilter(urlPatterns = "/library/*")
public class UploadLimit extends HttpFilter {

    /** Room for the form's other fields beside the file. */
    private static final long FORM_FIELDS = 256 * 1024;

    /** The most an upload may be whatever {@code marigold.library.max-upload-mb} says: it is held in memory while checked. */
    private static final long CEILING = 100L * 1024 * 1024;

    @Inject
    LibraryService library;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        long most = Math.min(library.uploadLimit(), CEILING) + FORM_FIELDS;
        byte[] body = request.getContentLengthLong() > most ? null : readAtMost(request.getInputStream(), most);
        if (body == null) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        FormParts parts;
        try {
            parts = FormParts.read(body, type);
        } catch (IllegalArgumentException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(parts.in(request), response);
    }

    /** The whole body, or null once it is longer than {@code most} bytes (nothing more is read then). */
    private static byte[] readAtMost(InputStream in, long most) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (body.size() + (long) n > most) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }
}
