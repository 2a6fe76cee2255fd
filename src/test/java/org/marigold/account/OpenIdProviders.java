package org.marigold.account;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.marigold.support.Deployments;

/** The district's provider the sign-in tests use: a real OpenID Connect server, on a free port of this machine. */
final class OpenIdProviders {

    static final String ISSUER = "district";

    private OpenIdProviders() {
    }

    static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(0);
        return server;
    }

    /** The person the provider signs in next: their subject there, and what it says of them (email, email_verified, name). */
    static void nextSignInIs(MockOAuth2Server provider, String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(OpenIdSignInIT.CLIENT), claims, 3600));
    }

    /** The app, told to offer signing in through this provider, under the district's name. */
    static WebArchive signingInThrough(MockOAuth2Server provider) {
        return Deployments.withConfig(Deployments.marigold(), "marigold.oidc.issuer=" + provider.issuerUrl(ISSUER),
                "marigold.oidc.client-id=" + OpenIdSignInIT.CLIENT, "marigold.oidc.client-secret=s3cret",
                "marigold.oidc.name=Eastside School District");
    }
}
