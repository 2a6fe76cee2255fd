package org.marigold.account.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.marigold.account.CurrentUser;

/**
 * Every API request that changes something comes from someone signed in (a session or a token): checked before its
 * body is read, so a caller without a login hears 401, not what is wrong with what it sent.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInToChange implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!READING.contains(request.getMethod()) && !currentUser.isLoggedIn()) {
            throw new NotAuthorizedException("Bearer realm=\"marigold\"");
        }
    }
}
