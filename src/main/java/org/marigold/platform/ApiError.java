package org.marigold.platform;

/** The JSON body of every error the API answers with. */
public record ApiError(int status, String error, String message) {
}
