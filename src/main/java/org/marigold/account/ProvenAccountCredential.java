package org.marigold.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * An account whose owner was proven by other means than a password, here on the server (an OpenID Connect provider's
 * signed ID token, checked by {@link OpenIdSignIn}). Only server code makes one: nothing a client sends becomes it.
 */
public record ProvenAccountCredential(long accountId) implements Credential {
}
