package org.marigold.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Optional;
import org.marigold.mail.Bounce;
import org.marigold.mail.Bounces;
import org.marigold.platform.AccessDenied;

/** Who is making this request, as an account: read once per request from the security context. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    Bounces bounces;

    private Optional<Account> account;
    private Optional<Bounce> bounce;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : parse(principal.getName()).flatMap(accounts::find);
        }
        return account;
    }

    /** The caller's account id, or null for an anonymous visitor. */
    public Long idOrNull() {
        return account().map(Account::getId).orElse(null);
    }

    public long requireId() {
        return account().map(Account::getId).orElseThrow(() -> new AccessDenied("Log in first."));
    }

    /** The caller of an API request; without a token or a session the answer is 401, asking for a bearer token. */
    public Account requireForApi() {
        return account().orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"marigold\""));
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    /** Signed in with an address not yet confirmed: pages offer to send the link again. */
    public boolean isAwaitingConfirmation() {
        return account().map(a -> !a.isEmailConfirmed()).orElse(false);
    }

    /** Why the address waits again, when mail to it bounced; null otherwise. */
    public Bounce getBounce() {
        if (bounce == null) {
            bounce = isAwaitingConfirmation() ? bounces.of(getEmail()) : Optional.empty();
        }
        return bounce.orElse(null);
    }

    public String getEmail() {
        return account().map(Account::getEmail).orElse("");
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
