package org.marigold.account.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.marigold.account.CurrentUser;

/**
 * Every API request that changes something comes from someone signed in (a session or a token): checked before its
 * body is read, so a caller without a login hears 401, not what is wrong with what it sent. The one exception is a
 * method marked {@link KeyInAddress}, whose address carries its own secret (the one-click stop of reminders).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInToChange implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser currentUser;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean keyed = resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(KeyInAddress.class);
        if (!READING.contains(request.getMethod()) && !currentUser.isLoggedIn() && !keyed) {
            throw new NotAuthorizedException("Bearer realm=\"marigold\"");
        }
    }
}
