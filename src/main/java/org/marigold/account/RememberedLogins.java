package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;

/**
 * Jakarta Security's remember-me store: the logins behind {@link MarigoldAuthentication}'s cookie, kept in the
 * database so that every instance of a cluster recognises them. How long one lasts is decided at login and handed
 * over in the request ({@link #LIFETIME}).
 */
@ApplicationScoped
public class RememberedLogins implements RememberMeIdentityStore {

    /** The request attribute holding the {@link Duration} the login being remembered lasts. */
    static final String LIFETIME = RememberedLogins.class.getName() + ".lifetime";

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginSessions sessions;

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        // Asked on every request that carries the cookie. A request whose session already holds the login is that
        // login (MarigoldAuthentication reuses it): no need to look the cookie up again, as every re-render of a big
        // meeting's pages would. The cookie is read when the session is gone (another instance, a restart).
        java.security.Principal signedIn = request.getUserPrincipal();
        if (signedIn != null && sessions.stillValid(request, signedIn)) {
            return new CredentialValidationResult(signedIn.getName(), Set.of(AccountIdentityStore.SIGNED_IN));
        }
        return accounts.accountForRememberedLogin(credential.getToken())
                .map(account -> new CredentialValidationResult(account.getId().toString(), Set.of(AccountIdentityStore.SIGNED_IN)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        Object lifetime = request.getAttribute(LIFETIME);
        return accounts.remember(Long.parseLong(callerPrincipal.getName()),
                lifetime instanceof Duration chosen ? chosen : MarigoldAuthentication.THIS_VISIT);
    }

    @Override
    public void removeLoginToken(String token) {
        accounts.forget(token);
    }
}
