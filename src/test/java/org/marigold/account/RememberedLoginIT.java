package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A login is remembered by a cookie every instance recognises: the same browser, reaching a server that never saw
 * its session (another instance of a cluster, after the first died), is still logged in. Logging out or changing the
 * password ends it; API calls never create one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RememberedLoginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    private static boolean loggedIn(WebClient visitor) {
        WebClient.Page profile = visitor.get("account/profile.xhtml");
        return profile.uri().getPath().endsWith("/account/profile.xhtml");
    }

    private static HttpCookie remembered(WebClient visitor) {
        return visitor.cookie(MarigoldAuthentication.REMEMBER_COOKIE)
                .orElseThrow(() -> new AssertionError("no remembered login after logging in"));
    }

    @Test
    void aLoginIsRecognisedWithoutItsSessionForTheVisitAndEndsWithLoggingOut() {
        String email = People.email("Amara");
        Visitors.registered(deployment, "Amara Okafor", email);
        WebClient amara = new WebClient(deployment);
        WebClient.Page login = amara.get("login.xhtml");
        assertTrue(login.shows("Keep me signed in on this device"), login.text());
        WebClient.Page home = amara.submit(login, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        HttpCookie cookie = remembered(amara);
        assertEquals(-1, cookie.getMaxAge(), "without 'keep me signed in' it lasts as long as the browser session");
        assertTrue(cookie.isHttpOnly());
        assertTrue(cookie.getValue().startsWith(AccountService.REMEMBERED_PREFIX));

        WebClient sameBrowserElsewhere = amara.holding(cookie);
        assertTrue(loggedIn(sameBrowserElsewhere), "recognised by a server that never saw the session");
        assertEquals(200, sameBrowserElsewhere.api("api/me", null).statusCode());

        WebClient.Page profile = amara.get("account/profile.xhtml");
        amara.submit(profile, "logoutForm", "logout", Map.of());
        assertFalse(loggedIn(amara.holding(cookie)), "logging out forgets the remembered login everywhere");
        assertFalse(home.html().contains(cookie.getValue()), "the secret never appears in a page");
    }

    @Test
    void keepingMeSignedInLastsWeeksUntilThePasswordChanges() {
        String email = People.email("Noor");
        Visitors.registered(deployment, "Noor Haddad", email);
        WebClient noor = new WebClient(deployment);
        WebClient.Page login = noor.get("login.xhtml");
        noor.submit(login, "login", "submit", Map.of("email", email, "password", People.PASSWORD, "keep_input", "on"));
        HttpCookie kept = remembered(noor);
        assertEquals(MarigoldAuthentication.KEPT.toSeconds(), kept.getMaxAge(), 60, "kept for thirty days");
        assertTrue(loggedIn(noor.holding(kept)));

        WebClient.Page profile = noor.get("account/profile.xhtml");
        String newPassword = "a different long passphrase 42";
        WebClient.Page changed = noor.submit(profile, "password", "change",
                Map.of("currentPassword", People.PASSWORD, "newPassword", newPassword));
        assertTrue(changed.shows("Your password is changed."), changed.text());
        assertFalse(loggedIn(noor.holding(kept)), "a cookie taken before the change no longer logs anyone in");
        assertTrue(loggedIn(noor), "the person who changed it stays logged in");
    }

    @Test
    void aMadeUpOrApiTokenCookieLogsNobodyInAndApiCallsRememberNothing() {
        WebClient forger = new WebClient(deployment);
        HttpCookie forged = new HttpCookie(MarigoldAuthentication.REMEMBER_COOKIE, AccountService.REMEMBERED_PREFIX + "made-up");
        assertFalse(loggedIn(forger.holding(forged)));

        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", People.email("Felix"));
        String token = Visitors.apiToken(felix, "script");
        assertFalse(loggedIn(forger.holding(new HttpCookie(MarigoldAuthentication.REMEMBER_COOKIE, token))),
                "an API token is not a remembered login");
        WebClient script = new WebClient(deployment);
        HttpResponse<String> me = script.raw(HttpRequest.newBuilder(script.base().resolve("api/me"))
                .header("Authorization", "Bearer " + token).GET());
        assertEquals(200, me.statusCode());
        List<String> setCookies = me.headers().allValues("set-cookie");
        assertTrue(setCookies.stream().noneMatch(c -> c.startsWith(MarigoldAuthentication.REMEMBER_COOKIE)), setCookies.toString());
    }

    /** Behind a proxy that ends TLS (it says so in X-Forwarded-Proto), as in production. */
    @Test
    void overHttpsTheRememberedLoginIsSecureAndSameSiteAndBrowsersAreToldToStayOnHttps() {
        String email = People.email("Amara");
        Visitors.registered(deployment, "Amara Okafor", email);
        WebClient amara = new WebClient(deployment).header("X-Forwarded-Proto", "https");
        WebClient.Page login = amara.get("login.xhtml");
        assertEquals("max-age=31536000", login.header("Strict-Transport-Security"));
        HttpResponse<String> answer = amara.submitOnly(login, "login", "submit",
                Map.of("email", email, "password", People.PASSWORD, "keep_input", "on"));
        String cookie = rememberCookie(answer);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
    }

    @Test
    void overPlainHttpTheRememberedLoginIsSameSiteAndNoStrictTransportIsAsked() {
        String email = People.email("Amara");
        Visitors.registered(deployment, "Amara Okafor", email);
        WebClient amara = new WebClient(deployment);
        WebClient.Page login = amara.get("login.xhtml");
        assertEquals(null, login.header("Strict-Transport-Security"), "browsers ignore it over HTTP; it would only mislead");
        String cookie = rememberCookie(amara.submitOnly(login, "login", "submit", Map.of("email", email, "password", People.PASSWORD)));
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    private static String rememberCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(MarigoldAuthentication.REMEMBER_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no remembered login set: " + answer.headers().map()));
    }
}
