package org.marigold.platform;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** The API's one error mapping: a status and a JSON body with a readable message, never a stack trace. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final String NOTHING_HERE = "Nothing at this address.";

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        if (thrown instanceof NotFound) {
            // One answer for what does not exist and what is hidden (anything in a private community, to outsiders).
            return answer(Response.Status.NOT_FOUND, NOTHING_HERE);
        }
        if (thrown instanceof AccessDenied denied) {
            return answer(Response.Status.FORBIDDEN, denied.getMessage());
        }
        if (thrown instanceof Conflict conflict) {
            return answer(Response.Status.CONFLICT, conflict.getMessage());
        }
        if (thrown instanceof Rejected rejected) {
            return answer(Response.Status.BAD_REQUEST, readable(rejected));
        }
        if (thrown instanceof ConstraintViolationException invalid) {
            return answer(Response.Status.BAD_REQUEST, invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        if (thrown instanceof ProcessingException && unreadableBody(thrown)) {
            return answer(Response.Status.BAD_REQUEST, "The body is not the JSON this address takes: check the field names, "
                    + "that lists are lists (\"tags\": [\"equity\"]) and that the JSON is complete.");
        }
        if (thrown instanceof JsonbException || thrown instanceof IllegalArgumentException) {
            return answer(Response.Status.BAD_REQUEST, "The request is malformed.");
        }
        if (thrown instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            boolean explained = status.getStatusCode() == 400 || status.getStatusCode() == 413;
            String message = status.getStatusCode() == 404 ? NOTHING_HERE
                    : explained && web.getMessage() != null ? web.getMessage() : status.getReasonPhrase();
            Response.ResponseBuilder response = Response.fromResponse(answer(status, message));
            for (String kept : new String[] {"WWW-Authenticate", "Connection"}) {
                String value = web.getResponse().getHeaderString(kept);
                if (value != null) {
                    response.header(kept, value);
                }
            }
            return response.build();
        }
        LOG.log(Level.SEVERE, "API request failed", thrown);
        return answer(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. It has been logged.");
    }

    /** The request's body could not be read as the JSON its resource takes (JSON-B or the JSON parser said so). */
    private static boolean unreadableBody(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal in the words the pages use (English: the API's clients are scripts and tools). */
    private static String readable(Rejected rejected) {
        try {
            String pattern = ResourceBundle.getBundle("messages", Locale.ENGLISH).getString(rejected.messageKey());
            return new MessageFormat(pattern, Locale.ENGLISH).format(rejected.arguments());
        } catch (MissingResourceException e) {
            return rejected.messageKey();
        }
    }

    private static Response answer(Response.StatusType status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
                .build();
    }
}
