package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Signing in with the district's account, through a real OpenID Connect provider running in the test (discovery,
 * the code flow, ID tokens signed with its own keys): a newcomer gets an account, confirmed, and the same one next
 * time; an account with the verified address is linked; an address the provider does not vouch for opens nothing; a
 * callback this browser did not start logs nobody in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database-independent")
class OpenIdSignInIT {

    static final String CLIENT = "marigold";
    static final MockOAuth2Server PROVIDER = OpenIdProviders.started();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return OpenIdProviders.signingInThrough(PROVIDER);
    }

    @ArquillianResource
    URL deployment;

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    private static void nextSignInIs(String subject, Map<String, Object> claims) {
        OpenIdProviders.nextSignInIs(PROVIDER, subject, claims);
    }

    private WebClient.Page signIn(WebClient browser, String next) {
        assertTrue(browser.get("login.xhtml").shows("Sign in with Eastside School District"), "the login page offers it");
        return browser.post("oidc/start", Map.of("next", next, "timeZone", "America/Edmonton")); // as the page's script fills it in
    }

    @Test
    void aNewcomerGetsAConfirmedAccountAndTheSameOneNextTimeWhateverTheAddressBecomes() {
        String email = People.email("Ana");
        nextSignInIs("t-1001", Map.of("email", email, "email_verified", true, "name", "Ana Lima"));
        WebClient browser = new WebClient(deployment);
        WebClient.Page profile = signIn(browser, "/account/profile.xhtml");
        assertTrue(profile.uri().getPath().endsWith("/account/profile.xhtml"), "back where she was going: " + profile.uri());
        assertEquals(email, profile.textOf("email"));
        assertTrue(profile.html().contains("value=\"Ana Lima\""), "her name from the district");
        assertTrue(Pattern.compile("<option[^>]*value=\"America/Edmonton\"[^>]*selected").matcher(profile.html()).find(),
                "her browser's time zone, as on registering");
        assertFalse(browser.get("index.xhtml").shows("Please confirm"), "the district vouched for her address");

        nextSignInIs("t-1001", Map.of("email", People.email("Ana.Lima"), "email_verified", true, "name", "Ana L."));
        WebClient again = new WebClient(deployment);
        assertEquals(email, signIn(again, "/account/profile.xhtml").textOf("email"), "the same account, found by her subject");
    }

    @Test
    void anAccountWithTheVerifiedAddressIsLinkedAndItsAddressConfirmed() {
        String email = People.email("Maya");
        WebClient registered = Visitors.registered(deployment, "Maya Chen", email);
        assertTrue(registered.get("index.xhtml").shows("Please confirm " + email));
        nextSignInIs("t-2002", Map.of("email", email, "email_verified", true, "name", "M. Chen"));
        WebClient phone = new WebClient(deployment);
        WebClient.Page profile = signIn(phone, "/account/profile.xhtml");
        assertEquals(email, profile.textOf("email"));
        assertTrue(profile.html().contains("value=\"Maya Chen\""), "her own account, as she named it");
        assertFalse(phone.get("index.xhtml").shows("Please confirm"));
    }

    @Test
    void anAddressTheProviderDoesNotVouchForOpensNoAccount() {
        String email = People.email("Noor");
        nextSignInIs("t-3003", Map.of("email", email, "email_verified", false, "name", "Noor"));
        WebClient browser = new WebClient(deployment);
        WebClient.Page refused = signIn(browser, "/account/profile.xhtml");
        assertTrue(refused.shows("did not vouch for an e-mail address"), refused.text());
        assertEquals(401, browser.api("api/me", null).statusCode(), "not signed in");
        Visitors.registered(deployment, "Noor Haddad", email); // the address is still free: no account was made
    }

    @Test
    void aCallbackThisBrowserDidNotStartLogsNobodyIn() {
        WebClient stranger = new WebClient(deployment);
        WebClient.Page refused = stranger.get("oidc/callback?code=stolen&state=made-up");
        assertTrue(refused.shows("did not work this time"), refused.text());
        assertEquals(401, stranger.api("api/me", null).statusCode());
    }
}
