package org.marigold.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses a JSON body holding a NUL character, raw or written {@code \u0000}: no text anyone types holds one, and
 * PostgreSQL refuses to store it (the request would fail as the server's fault). A 400 that says why, before any
 * field is read.
 */
@Provider
public class NoNulInJson implements ReaderInterceptor {

    /** {@code \u0000} as JSON writes it: a backslash that is not itself escaped, then u0000. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000", Pattern.CASE_INSENSITIVE);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (context.getMediaType() == null || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (holdsNul(new String(body, StandardCharsets.UTF_8))) {
            throw new BadRequestException("Text may not hold a NUL character (\\u0000).");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean holdsNul(String json) {
        return json.indexOf('\0') >= 0 || ESCAPED_NUL.matcher(json).find();
    }
}
