package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one):
 * <ul>
 * <li>a login already held by the HTTP session is reused, unless the password changed since ({@link LoginSessions});</li>
 * <li>{@code Authorization: Bearer <token>} authenticates one REST request, without creating a session;</li>
 * <li>the login page hands a password credential to {@code SecurityContext.authenticate}; the attempt is counted
 * first ({@link LoginThrottles}), and a valid one is remembered in the session;</li>
 * <li>an anonymous request for a protected page is sent to the login page, which brings the person back.</li>
 * </ul>
 * A password login is also remembered (Jakarta Security's {@link RememberMe}, stored by {@link RememberedLogins}):
 * a cookie that every instance of a cluster recognises, so a person whose instance died carries on logged in on
 * another. It lasts for the browser session and at most {@link #THIS_VISIT}, or {@link #KEPT} when the person asks
 * to stay signed in on the device. Logging out forgets it.
 */
@ApplicationScoped
@RememberMe(cookieName = MarigoldAuthentication.REMEMBER_COOKIE,
        isRememberMeExpression = "#{self.remembers(httpMessageContext)}",
        cookieMaxAgeSecondsExpression = "#{self.cookieSeconds(httpMessageContext)}",
        cookieSecureOnlyExpression = "#{self.secureOnly(httpMessageContext)}")
public class MarigoldAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String REMEMBER_COOKIE = "marigold_login";
    /** A login remembered for a visit: longer than any meeting, shorter than a working week. */
    public static final Duration THIS_VISIT = Duration.ofHours(12);
    /** A login kept on a device the person chose ("keep me signed in"). */
    public static final Duration KEPT = Duration.ofDays(30);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginSessions sessions;

    @Inject
    LoginThrottles throttles;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal remembered = request.getUserPrincipal();
        if (remembered != null && sessions.stillValid(request, remembered)) {
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
            String email = credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
            String address = clientAddress.of(request);
            Optional<Duration> wait = email == null ? Optional.empty() : throttles.attempt(email, address);
            if (wait.isPresent()) {
                request.setAttribute(LoginThrottles.REFUSED_FOR, wait.get()); // the login page says how long to wait
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (email != null) {
                throttles.succeeded(email, address);
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            sessions.loggedIn(request);
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected() || remembered != null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + encode(originalTarget(request)));
        }
        return context.doNothing();
    }

    /** Only a login is remembered (by password or through the district's account): not a request carried by the session, nor an API call. */
    public boolean remembers(HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        return credential instanceof UsernamePasswordCredential || credential instanceof ProvenAccountCredential;
    }

    /** A browser-session cookie for a visit; a lasting one when the person asked to stay signed in. */
    public int cookieSeconds(HttpMessageContext context) {
        boolean kept = context.getAuthParameters().isRememberMe();
        context.getRequest().setAttribute(RememberedLogins.LIFETIME, kept ? KEPT : THIS_VISIT);
        return kept ? (int) KEPT.toSeconds() : -1;
    }

    /** Secure-only when the person reached us over HTTPS (directly, or through a proxy that says so). */
    public boolean secureOnly(HttpMessageContext context) {
        return org.marigold.platform.SecurityHeaders.overHttps(context.getRequest());
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
        response.setContentType("application/json;charset=UTF-8");
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
