package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one):
 * <ul>
 * <li>a login already held by the HTTP session is reused;</li>
 * <li>{@code Authorization: Bearer <token>} authenticates one REST request, without creating a session;</li>
 * <li>the login page hands a password credential to {@code SecurityContext.authenticate}, and a valid one
 * is remembered in the session;</li>
 * <li>an anonymous request for a protected page is sent to the login page, which brings the person back.</li>
 * </ul>
 */
@ApplicationScoped
public class MarigoldAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return context.notifyContainerAboutLogin(remembered, Set.of(AccountIdentityStore.SIGNED_IN));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStores.validate(new ApiTokenCredential(authorization.substring(7).strip()));
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : refuseToken(response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + encode(originalTarget(request)));
        }
        return context.doNothing();
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static AuthenticationStatus refuseToken(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"marigold\", error=\"invalid_token\"");
        response.setContentType("application/json");
        try {
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"The API token is unknown or revoked.\"}");
        } catch (IOException e) {
            // The client has gone; the status is all it would have read.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }
}
