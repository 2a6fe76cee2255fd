package org.marigold.account.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.net.URI;
import org.marigold.account.MarigoldAuthentication;
import org.marigold.account.OpenIdProvider;
import org.marigold.account.OpenIdSignIn;
import org.marigold.account.ProvenAccountCredential;
import org.marigold.platform.OwnSite;
import org.marigold.platform.SecurityHeaders;
import org.marigold.web.Language;
import org.marigold.web.Navigation;
import org.marigold.web.PublicAddress;
import org.marigold.web.TimeZones;

/**
 * "Sign in with the district's account": the login page's button posts to {@code /oidc/start} (a post, so the session
 * that keeps the sign-in's state is a real one), which sends the browser to the provider; the provider sends it back
 * to {@code /oidc/callback}, which logs the person in and takes them where they were going. A failure comes back to
 * the login page, which says why ({@code ?oidc=failed|denied|unverified}).
 */
@WebServlet(urlPatterns = {OpenIdServlet.START, OpenIdServlet.CALLBACK})
public class OpenIdServlet extends HttpServlet {

    static final String START = "/oidc/start";
    static final String CALLBACK = "/oidc/callback";
    private static final String PENDING = OpenIdServlet.class.getName() + ".pending";

    @Inject
    OpenIdProvider provider;

    @Inject
    OpenIdSignIn signIn;

    @Inject
    SecurityContext security;

    @Inject
    PublicAddress address;

    @Inject
    Language language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!START.equals(request.getServletPath()) || !provider.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!OwnSite.posted(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            // A newcomer's account starts in the browser's time zone (the login page's script names it), as on registering.
            ZoneId zone = TimeZones.named(request.getParameter("timeZone")).orElse(ZoneOffset.UTC);
            OpenIdSignIn.Started started = signIn.start(address.of(CALLBACK), Navigation.safeNext(request.getParameter("next"), "/index.xhtml"), zone);
            request.getSession(true).setAttribute(PENDING, started.pending());
            response.sendRedirect(started.authorization().toString());
        } catch (OpenIdSignIn.Refused refused) {
            backToLogin(request, response, refused.reason());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CALLBACK.equals(request.getServletPath()) || !provider.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(PENDING);
        if (!(kept instanceof OpenIdSignIn.Pending pending)) {
            backToLogin(request, response, "oidc.failed"); // no sign-in was started in this browser, or it was finished
            return;
        }
        session.removeAttribute(PENDING);
        long accountId;
        try {
            accountId = signIn.finish(URI.create(address.of(CALLBACK) + "?" + (request.getQueryString() == null ? "" : request.getQueryString())),
                    pending, language.getLocale());
        } catch (OpenIdSignIn.Refused refused) {
            backToLogin(request, response, refused.reason());
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new ProvenAccountCredential(accountId)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            backToLogin(request, response, "oidc.failed");
            return;
        }
        SecurityHeaders.sameSite(response, MarigoldAuthentication.REMEMBER_COOKIE);
        request.changeSessionId();
        response.sendRedirect(request.getContextPath() + pending.next());
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect(request.getContextPath() + MarigoldAuthentication.LOGIN_PAGE + "?oidc=" + reason.substring("oidc.".length()));
    }
}
