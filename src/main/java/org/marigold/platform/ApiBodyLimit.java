package org.marigold.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API takes JSON bodies of at most {@link #MOST} bytes: one that says it is longer is refused before it is read, and
 * one sent in chunks is refused once it passes the limit (reading stops there), both with a 413 and the reason as JSON
 * ({@link ApiErrorMapper}). Nothing the API takes as JSON comes near it: a resource's longest field holds 4 000
 * characters. A community's archive (a zip, not JSON) is bounded by its own limit, {@code marigold.archive.max-mb},
 * which its import counts as it reads.
 */
@Provider
public class ApiBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    static final int MOST = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!bounded(request.getMediaType())) {
            return;
        }
        if (request.getLength() > MOST) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!bounded(context.getMediaType())) {
            return context.proceed();
        }
        Bounded body = new Bounded(context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException unreadable) {
            if (body.over) {
                throw tooLarge();
            }
            throw unreadable;
        }
    }

    /** Whether a body of this type is held to {@link #MOST}: all but an archive's zip. */
    private static boolean bounded(MediaType type) {
        return type == null || !(type.isCompatible(ARCHIVE) || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE));
    }

    private static final MediaType ARCHIVE = new MediaType("application", "zip");

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("The body is larger than the API takes (" + MOST / 1024 + " KB).",
                Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).header("Connection", "close").build());
    }

    /** The body, failing once more than {@link #MOST} bytes have been read from it. */
    private static final class Bounded extends FilterInputStream {

        private long read;
        private boolean over;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MOST) {
                over = true;
                throw new IOException("Body over " + MOST + " bytes");
            }
        }
    }
}
