package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which HTTP sessions still hold a login: a session remembers when it logged in, and a password changed since then
 * ends it ({@link Account#acceptsSessionFrom}). The account is read again at most every {@code marigold.sessions.recheck} (5 s) per session,
 * so a busy meeting's page does not cost a query on every request; a session on another device ends within that.
 */
@ApplicationScoped
public class LoginSessions {

    private static final String LOGGED_IN_AT = LoginSessions.class.getName() + ".loggedInAt";
    private static final String CHECKED_AT = LoginSessions.class.getName() + ".checkedAt";

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marigold.sessions.recheck", defaultValue = "PT5S")
    Duration recheck;

    /** The session of this request logs in now (after a password login, or a password change kept it). */
    public void loggedIn(HttpServletRequest request) {
        Instant now = clock.instant();
        HttpSession session = request.getSession();
        session.setAttribute(LOGGED_IN_AT, now);
        session.setAttribute(CHECKED_AT, now);
    }

    /**
     * Whether the login this request's session holds still stands. One that does not is ended here: the session is
     * invalidated, so the person is a visitor from now on.
     */
    public boolean stillValid(HttpServletRequest request, Principal principal) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Instant now = clock.instant();
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked && now.isBefore(checked.plus(recheck))) {
            return true;
        }
        Instant loggedInAt = session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        boolean valid = parse(principal.getName()).flatMap(accounts::find)
                .map(account -> account.acceptsSessionFrom(loggedInAt)).orElse(false);
        if (valid) {
            session.setAttribute(CHECKED_AT, now);
        } else {
            session.invalidate();
        }
        return valid;
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
