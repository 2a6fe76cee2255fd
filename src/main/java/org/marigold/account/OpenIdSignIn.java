package org.marigold.account;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.SqlMoment;
import org.marigold.platform.TokenSecret;

/**
 * Signing in with the district's account (OpenID Connect's authorization code flow, with PKCE, a state and a nonce).
 * The provider's ID token is checked (signature against its published keys, issuer, audience, expiry, nonce); then the
 * person's account is the one linked to their subject at that provider, or the one whose address the provider says is
 * verified (linked from then on, and its address confirmed), or a new account (confirmed, without a usable password:
 * "Forgot your password?" gives it one). A provider that vouches for no address opens no account.
 */
@ApplicationScoped
public class OpenIdSignIn {

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    private static final int TIMEOUT_MILLIS = 5_000;

    /** What the callback needs of the start: kept in the person's session between the two. */
    public record Pending(String state, String nonce, String verifier, String next, String redirectUri, String zone) implements Serializable {
    }

    /** Where to send the person, and what to keep until they come back. */
    public record Started(URI authorization, Pending pending) {
    }

    /** Signing in did not happen, and why (a message key: oidc.failed, oidc.denied, oidc.unverified). */
    public static class Refused extends RuntimeException {
        private final String reason;

        public Refused(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    @Inject
    OpenIdProvider provider;

    @Inject
    OpenIdSignIn self; // the account's part in a transaction of its own

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    private volatile IDTokenValidator validator;

    public Started start(String redirectUri, String next, ZoneId zone) {
        try {
            OIDCProviderMetadata metadata = provider.metadata();
            State state = new State();
            Nonce nonce = new Nonce();
            CodeVerifier verifier = new CodeVerifier();
            AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                    new ClientID(provider.clientId()), URI.create(redirectUri))
                    .endpointURI(metadata.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256).build();
            return new Started(request.toURI(), new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), next, redirectUri, zone.getId()));
        } catch (IOException | GeneralException | RuntimeException e) {
            throw failed("The provider's discovery document could not be read", e);
        }
    }

    /** The account the provider's answer (the callback's address) proves, for what the start kept. */
    public long finish(URI callback, Pending pending, Locale language) {
        IDTokenClaimsSet claims;
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
            if (!response.indicatesSuccess()) {
                throw new Refused("oidc.denied", null); // the person said no, or the provider would not
            }
            var success = response.toSuccessResponse();
            if (success.getState() == null || !success.getState().getValue().equals(pending.state())) {
                throw new Refused("oidc.failed", null); // not the sign-in this browser started
            }
            claims = claims(success.getAuthorizationCode(), pending);
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | GeneralException | BadJOSEException | JOSEException | RuntimeException e) {
            throw failed("The provider's answer was not accepted", e);
        }
        String email = claims.getStringClaim("email");
        Boolean verified = claims.getBooleanClaim("email_verified");
        return account(provider.issuer(), claims.getSubject().getValue(), Boolean.TRUE.equals(verified) ? email : null,
                claims.getStringClaim("name"), language, ZoneId.of(pending.zone()));
    }

    private IDTokenClaimsSet claims(AuthorizationCode code, Pending pending) throws IOException, GeneralException, BadJOSEException, JOSEException {
        OIDCProviderMetadata metadata = provider.metadata();
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
                new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.verifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response = OIDCTokenResponseParser.parse(http.send());
        if (!response.indicatesSuccess()) {
            throw new Refused("oidc.failed", new IllegalStateException(response.toErrorResponse().getErrorObject().toString()));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        return validator(metadata).validate(idToken, new Nonce(pending.nonce()));
    }

    /**
     * Checks ID tokens against the provider's published keys (fetched when first needed, and again for a key it does
     * not know), signed with any public-key algorithm it says it uses (never "none", nor a shared secret's HMAC).
     */
    private IDTokenValidator validator(OIDCProviderMetadata metadata) throws IOException {
        IDTokenValidator known = validator;
        if (known == null) {
            Set<JWSAlgorithm> algorithms = new HashSet<>(Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of(JWSAlgorithm.RS256)));
            algorithms.retainAll(JWSAlgorithm.Family.SIGNATURE);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).build();
            known = new IDTokenValidator(metadata.getIssuer(), new ClientID(provider.clientId()),
                    new JWSVerificationKeySelector<>(algorithms, keys), null);
            validator = known;
        }
        return known;
    }

    /**
     * The account for the provider's subject: linked before, or found by the verified address (then linked), or new.
     * {@code verifiedEmail} is null when the provider vouches for no address: only a linked account opens then. Two
     * first sign-ins of one newcomer at once (two tabs, a double click) make one account: the database's unique keys
     * refuse the second, which then finds what the first made.
     */
    public long account(String issuer, String subject, String verifiedEmail, String name, Locale language, ZoneId zone) {
        try {
            return self.linkedOrNew(issuer, subject, verifiedEmail, name, language, zone);
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.FINE, "A sign-in of the same person at the same moment made the account; reading it", e);
            return self.linkedOrNew(issuer, subject, verifiedEmail, name, language, zone);
        }
    }

    @Transactional
    public long linkedOrNew(String issuer, String subject, String verifiedEmail, String name, Locale language, ZoneId zone) {
        Optional<Long> linked = em.createNativeQuery("SELECT account_id FROM account_identity WHERE issuer = ?1 AND subject = ?2")
                .setParameter(1, issuer).setParameter(2, subject).getResultStream().findFirst().map(id -> ((Number) id).longValue());
        if (linked.isPresent()) {
            return linked.get();
        }
        if (verifiedEmail == null || verifiedEmail.isBlank()) {
            throw new Refused("oidc.unverified", null);
        }
        Account account = accounts.byEmail(verifiedEmail).orElseGet(() -> {
            String shown = name == null || name.isBlank() ? verifiedEmail.substring(0, verifiedEmail.indexOf('@')) : name.strip();
            Account created = new Account(verifiedEmail, shown.length() > 80 ? shown.substring(0, 80) : shown,
                    hasher.hash(TokenSecret.generate("").value()), zone, language, clock.instant());
            return accounts.add(created);
        });
        account.confirmEmail(clock.instant());
        accounts.flush();
        em.createNativeQuery("INSERT INTO account_identity (issuer, subject, account_id, linked_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, issuer).setParameter(2, subject).setParameter(3, account.getId())
                .setParameter(4, SqlMoment.of(clock.instant())).executeUpdate();
        return account.getId();
    }

    private static Refused failed(String what, Exception cause) {
        LOG.log(Level.WARNING, what + " (OpenID Connect sign-in)", cause);
        return new Refused("oidc.failed", cause);
    }
}
