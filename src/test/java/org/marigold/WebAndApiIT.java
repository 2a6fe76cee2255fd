package org.marigold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.LoginThrottle;
import org.marigold.library.SampleFiles;
import org.marigold.support.ApiReference;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * The app over HTTP, as browsers, scripts and crafted requests reach it: pages, form validation, error pages,
 * the REST API with tokens and sessions, security headers and health.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAndApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static boolean lists(JsonArray communities, String slug) {
        return communities.stream().anyMatch(c -> c.asJsonObject().getString("slug").equals(slug));
    }

    @Test
    void readinessIsUpWhenTheDatabaseAnswers() {
        WebClient visitor = new WebClient(deployment);
        HttpResponse<String> ready = visitor.raw(HttpRequest.newBuilder(visitor.root().resolve("/health/ready")).GET());
        assertEquals(200, ready.statusCode());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", health.getString("status"));
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndTheSessionCookieIsProtected() {
        WebClient visitor = new WebClient(deployment);
        WebClient.Page page = visitor.get("login.xhtml");
        List<String> policies = page.headers().get("content-security-policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), policies.toString());
        assertEquals(List.of("nosniff"), page.headers().get("x-content-type-options"));
        assertNotNull(page.headers().get("referrer-policy"));
        // A visitor reading has no session (visitorsReadPublicPages…); signing in starts one, its cookie protected.
        String email = People.email("Cookie");
        Visitors.registered(deployment, "Cookie Person", email);
        WebClient someone = new WebClient(deployment);
        String cookie = someone.submitOnly(someone.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD))
                .headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(page.html().contains(";jsessionid="), "sessions are tracked by cookie only");

        HttpResponse<String> api = visitor.api("api/communities", null);
        assertTrue(api.headers().firstValue("content-security-policy").orElseThrow().contains("default-src 'self'"));
        assertEquals("nosniff", api.headers().firstValue("x-content-type-options").orElseThrow());
        HttpResponse<String> css = visitor.raw(HttpRequest.newBuilder(visitor.base().resolve("jakarta.faces.resource/css/marigold.css.xhtml")).GET());
        assertEquals(200, css.statusCode());
        assertEquals("nosniff", css.headers().firstValue("x-content-type-options").orElseThrow());
    }

    @Test
    void registrationShowsEachProblemBesideItsField() {
        WebClient visitor = new WebClient(deployment);
        WebClient.Page empty = visitor.submit(visitor.get("register.xhtml"), "register", "submit",
                Map.of("email", "", "displayName", "", "password", "", "timeZone", ""));
        assertTrue(empty.shows("Enter your e-mail address."), empty.text());
        assertTrue(empty.shows("Enter your name."));
        assertTrue(empty.shows("Enter your password."));

        WebClient.Page wrong = visitor.submit(visitor.get("register.xhtml"), "register", "submit",
                Map.of("email", "not-an-email", "displayName", "x".repeat(81), "password", "short", "timeZone", ""));
        assertTrue(wrong.shows("Enter a valid e-mail address"), wrong.text());

        // Browsers stop typing at the field's limit; a crafted longer value is cut to it, never stored whole.
        WebClient longName = Visitors.registered(deployment, "N".repeat(5000), People.email("Long"));
        String stored = longName.get("account/profile.xhtml").html()
                .replaceAll("(?s).*id=\"profile:displayName\"[^>]*value=\"([^\"]*)\".*", "$1");
        assertEquals("N".repeat(80), stored);

        WebClient.Page weak = visitor.submit(visitor.get("register.xhtml"), "register", "submit",
                Map.of("email", People.email("Weak"), "displayName", "Weak", "password", "password123", "timeZone", ""));
        assertTrue(weak.shows("among the first ones attackers try"), weak.text());

        String email = People.email("Maya");
        Visitors.registered(deployment, "Maya", email);
        WebClient second = new WebClient(deployment);
        WebClient.Page taken = second.submit(second.get("register.xhtml"), "register", "submit",
                Map.of("email", email.toUpperCase(), "displayName", "Maya again", "password", People.PASSWORD, "timeZone", ""));
        assertTrue(taken.shows("An account with this e-mail already exists."), taken.text());
    }

    @Test
    void scriptTypedIntoNamesAndDescriptionsIsShownAsText() {
        WebClient admin = Visitors.registered(deployment, "<script>alert('name')</script>");
        String slug = Visitors.community(admin, "Literacy <b>bold</b>", "<img src=x onerror=alert('description')>", "LISTED");
        WebClient.Page page = new WebClient(deployment).get("community/view.xhtml?c=" + slug);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("&lt;img src=x onerror=alert("), "the description is escaped");
        assertFalse(page.html().contains("<img src=x"));
        assertTrue(page.shows("Literacy <b>bold</b>"), "the name reads as typed");
        WebClient.Page home = admin.get("index.xhtml");
        assertFalse(home.html().contains("<script>alert('name')"));
        assertTrue(home.html().contains("&lt;script&gt;alert("));
    }

    @Test
    void theApiShowsVisitorsListedCommunitiesAndRefusesPrivateOnes() {
        WebClient admin = Visitors.registered(deployment, "Amara");
        String listed = Visitors.community(admin, "Open literacy network", "Everyone welcome", "LISTED");
        String hidden = Visitors.community(admin, "Private coaching circle", "Coaches only", "PRIVATE");
        WebClient visitor = new WebClient(deployment);

        HttpResponse<String> all = visitor.api("api/communities", null);
        assertEquals(200, all.statusCode());
        assertTrue(all.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        assertTrue(lists(array(all), listed));
        assertFalse(lists(array(all), hidden));

        JsonObject one = object(visitor.api("api/communities/" + listed, null));
        assertEquals("Open literacy network", one.getString("name"));
        assertEquals(1, one.getInt("memberCount"));
        assertTrue(one.isNull("myRole"));

        HttpResponse<String> hiddenOne = visitor.api("api/communities/" + hidden, null);
        assertEquals(404, hiddenOne.statusCode(), "a private community is not there for visitors");
        HttpResponse<String> missing = visitor.api("api/communities/no-such-community", null);
        assertEquals(404, missing.statusCode());
        assertEquals("Nothing at this address.", object(missing).getString("message"));
        assertEquals(missing.body(), hiddenOne.body(), "hidden reads as missing");
        HttpResponse<String> malformed = visitor.api("api/communities/Not_A_Slug!", null);
        assertEquals(400, malformed.statusCode());
        assertEquals(400, object(malformed).getInt("status"));

        HttpResponse<String> mine = admin.api("api/communities/" + hidden, null);
        assertEquals(200, mine.statusCode(), "the login session opens the API too");
        assertEquals("ADMIN", object(mine).getString("myRole"));
    }

    @Test
    void aPersonalTokenOpensTheApiUntilItIsRevoked() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's private circle", "", "PRIVATE");
        String secret = Visitors.apiToken(maya, "my script");
        assertTrue(secret.startsWith("mgt_"));

        WebClient script = new WebClient(deployment);
        HttpResponse<String> me = script.api("api/me", secret);
        assertEquals(200, me.statusCode());
        assertEquals("Maya", object(me).getString("displayName"));
        assertTrue(lists(array(script.api("api/communities", secret)), hidden));
        assertTrue(script.api("api/me", secret).headers().allValues("set-cookie").isEmpty(), "token calls create no session");

        HttpResponse<String> forged = script.api("api/me", secret.substring(0, secret.length() - 3) + "abc");
        assertEquals(401, forged.statusCode());
        assertEquals(401, object(forged).getInt("status"));
        assertEquals(401, script.api("api/me", null).statusCode());

        WebClient.Page listed = maya.get("account/tokens.xhtml");
        assertTrue(listed.shows("my script"));
        assertNull(listed.textOf("tokenSecret"), "the secret is shown once only");
        Map<String, String> none = new HashMap<>();
        String revokeButton = listed.html().replaceAll("(?s).*id=\"(tokens:[^\"]*:j_idt\\d+)\"[^>]*>[^<]*<span[^>]*>Revoke.*", "$1");
        maya.submit(listed, "tokens", revokeButton.substring("tokens:".length()), none);
        assertEquals(401, script.api("api/me", secret).statusCode());
    }

    @Test
    void aMemberWhoTriesAnAdminPageIsRefusedWithAFriendlyPage() {
        WebClient admin = Visitors.registered(deployment, "Amara");
        String slug = Visitors.community(admin, "Coaching circle", "", "PRIVATE");
        WebClient member = Visitors.registered(deployment, "Sam");
        WebClient.Page joined = Visitors.join(member, Visitors.invitation(admin, slug, "MEMBER"));
        assertTrue(joined.shows("Welcome to Coaching circle!"), joined.text());

        WebClient.Page settings = member.get("community/settings.xhtml?c=" + slug);
        assertEquals(403, settings.status());
        assertTrue(settings.shows("Not allowed"), settings.text());
        assertFalse(settings.html().contains("at org."), "no stack trace");
        assertFalse(settings.html().contains("id=\"settings\""), "no settings form");
        String englishReason = settings.html().replaceAll("(?s).*id=\"deniedReason\">\\s*([^<]*)<.*", "$1").strip();
        assertTrue(englishReason.length() > 10 && !englishReason.contains("<"), "an English page says why: " + englishReason);

        // In French, the page says it all in French, with no English sentence left in it.
        HttpResponse<String> french = member.raw(HttpRequest.newBuilder(member.base().resolve("language"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("to=fr&back=/communities.xhtml")));
        assertEquals(200, french.statusCode());
        WebClient.Page refused = member.get("community/settings.xhtml?c=" + slug);
        assertTrue(refused.shows("Non autorisé") && !refused.html().contains(englishReason), refused.text());

        WebClient.Page members = member.get("community/members.xhtml?c=" + slug);
        assertEquals(200, members.status());
        assertFalse(members.html().contains("id=\"invite\""), "members do not see the invitation form");
        assertFalse(members.html().contains("roleMenu"), "members do not see role controls");

        WebClient.Page anonymous = new WebClient(deployment).get("community/settings.xhtml?c=" + slug);
        assertTrue(anonymous.uri().getPath().endsWith("/login.xhtml"), "visitors are asked to log in first");
    }

    @Test
    void errorPagesAreFriendlyAndCarryTheRightStatus() {
        WebClient visitor = new WebClient(deployment);
        WebClient.Page unknownPage = visitor.get("no-such-page.xhtml");
        assertEquals(404, unknownPage.status());
        assertTrue(unknownPage.shows("Page not found"), unknownPage.text());

        WebClient.Page unknownCommunity = visitor.get("community/view.xhtml?c=no-such-community");
        assertEquals(404, unknownCommunity.status());
        assertTrue(unknownCommunity.shows("Page not found"));

        WebClient admin = Visitors.registered(deployment, "Amara");
        String hidden = Visitors.community(admin, "Hidden circle", "", "PRIVATE");
        WebClient.Page privatePage = visitor.get("community/view.xhtml?c=" + hidden);
        assertEquals(404, privatePage.status(), "a private community is not there for visitors");
        assertTrue(privatePage.shows("Page not found"), privatePage.text());
        assertFalse(privatePage.shows("Hidden circle"), privatePage.text());
        for (String malformed : List.of("library/resource.xhtml?r=99999999999999999999", "library/list.xhtml?l=abc",
                "library/resource.xhtml", "library/list.xhtml")) {
            WebClient.Page page = visitor.get(malformed);
            assertEquals(404, page.status(), malformed + " names no page");
            assertTrue(page.shows("Page not found"), page.text());
        }
        for (WebClient.Page page : List.of(unknownPage, unknownCommunity, privatePage)) {
            assertFalse(page.text().contains("Exception"), page.text());
            assertFalse(page.html().contains("\tat org."), "no stack trace");
        }
    }

    @Test
    void aForgedInvitationLinkIsExplained() {
        WebClient.Page page = new WebClient(deployment).get("join.xhtml?invite=mgi_thisWasNeverIssued");
        assertEquals(200, page.status());
        assertTrue(page.shows("This invitation link is not valid."), page.text());
        assertFalse(page.html().contains("id=\"join\""), "nothing to press");
    }

    @Test
    void repeatedWrongPasswordsAreSlowedDownAndUnknownEmailsAreAnsweredAlike() {
        String email = People.email("Maya");
        Visitors.registered(deployment, "Maya", email);
        String nobody = People.email("Nobody");
        WebClient attacker = new WebClient(deployment).from(People.address());
        WebClient.Page page = attacker.get("login.xhtml");
        for (String target : List.of(email, nobody)) {
            for (int i = 1; i < LoginThrottle.ACCOUNT_FROM_ADDRESS.freeAttempts(); i++) {
                page = attacker.submit(page, "login", "submit", Map.of("email", target, "password", "guess number " + i));
                assertTrue(page.shows("The e-mail or password is not right."), page.text());
            }
            // Further attempts during the wait (5 s from the first failure past the free ones) are refused unchecked.
            for (int i = 0; i < 4; i++) {
                page = attacker.submit(page, "login", "submit", Map.of("email", target, "password", "another guess " + i));
            }
            assertTrue(page.shows("Please wait"), target + ": " + page.text());
        }
        page = attacker.submit(page, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(page.shows("Please wait"), page.text());
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), "still not logged in");
        assertEquals(401, attacker.api("api/me", null).statusCode());
    }

    /**
     * A hundred wrong passwords sent at once from one address: only the free attempts are checked, nothing answers 500,
     * and the owner, logging in from elsewhere at the same moment, gets in.
     */
    @Test
    void aHundredGuessesAtOnceAreCountedOneByOne() throws Exception {
        String email = People.email("Maya");
        Visitors.registered(deployment, "Maya", email);
        String attackerAddress = People.address();
        List<WebClient> attackers = new ArrayList<>();
        List<WebClient.Page> forms = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            WebClient attacker = new WebClient(deployment).from(attackerAddress);
            attackers.add(attacker);
            forms.add(attacker.get("login.xhtml"));
        }
        WebClient owner = new WebClient(deployment).from(People.address());
        WebClient.Page ownerForm = owner.get("login.xhtml");
        ExecutorService pool = Executors.newFixedThreadPool(101);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<WebClient.Page>> guesses = new ArrayList<>();
            for (int i = 0; i < attackers.size(); i++) {
                WebClient attacker = attackers.get(i);
                WebClient.Page form = forms.get(i);
                String guess = "guess number " + i;
                guesses.add(pool.submit(() -> {
                    start.await();
                    return attacker.submit(form, "login", "submit", Map.of("email", email, "password", guess));
                }));
            }
            Future<WebClient.Page> ownerLogin = pool.submit(() -> {
                start.await();
                return owner.submit(ownerForm, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
            });
            start.countDown();
            // A checked guess says "not right", or already "please wait" when the free attempts ran out meanwhile.
            int notRight = 0;
            int waiting = 0;
            for (Future<WebClient.Page> guess : guesses) {
                WebClient.Page answer = guess.get(5, TimeUnit.MINUTES);
                assertEquals(200, answer.status(), answer.text());
                notRight += answer.shows("The e-mail or password is not right.") ? 1 : 0;
                waiting += answer.shows("Please wait") ? 1 : 0;
            }
            assertTrue(notRight <= LoginThrottle.ACCOUNT_FROM_ADDRESS.freeAttempts(), "only the free attempts were checked: " + notRight);
            assertEquals(100 - notRight, waiting, "every other attempt was told to wait");
            WebClient.Page landed = ownerLogin.get(5, TimeUnit.MINUTES);
            assertFalse(landed.uri().getPath().endsWith("/login.xhtml"), "the owner's right password is not refused: " + landed.text());
            assertEquals(200, owner.api("api/me", null).statusCode());
        } finally {
            pool.shutdownNow();
        }
        WebClient.Page later = attackers.get(0).submit(forms.get(0), "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(later.shows("Please wait"), "the right password from the guessing address still waits: " + later.text());
    }

    /**
     * A link to /language (another site's, or a crafted one) switches the visit only; a post from another site is
     * refused; the switcher's own post (same origin) saves the member's language.
     */
    @Test
    void onlyTheSwitchersOwnPostChangesAMembersSavedLanguage() {
        String email = People.email("Noor");
        WebClient noor = Visitors.registered(deployment, "Noor Haddad", email);
        WebClient.Page spanish = noor.get("language?to=es&back=/communities.xhtml");
        assertTrue(spanish.shows("Comunidades"), "the visit switches: " + spanish.text());
        assertEquals("en", savedLanguage(noor), "a link changes nothing saved");

        HttpResponse<String> forged = noor.raw(HttpRequest.newBuilder(noor.base().resolve("language"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString("to=fr&back=/")));
        assertEquals(403, forged.statusCode());
        assertEquals("en", savedLanguage(noor));

        HttpResponse<String> own = noor.raw(HttpRequest.newBuilder(noor.base().resolve("language"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + noor.base().getPort())
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString("to=fr&back=/communities.xhtml")));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Communautés"));
        assertEquals("fr", savedLanguage(noor));
    }

    /**
     * A visitor's login form keeps no state on the server, so only where it was sent from tells another site's copy of
     * it from ours: another site cannot sign a visitor in to its own account (login CSRF). Browsers say where a post
     * comes from in Sec-Fetch-Site, older ones in Origin or Referer.
     */
    @Test
    void anotherSitesLoginFormSignsNoOneIn() {
        String email = People.email("Mallory");
        Visitors.registered(deployment, "Mallory", email);
        Map<String, String> mallorys = Map.of("email", email, "password", People.PASSWORD);
        WebClient.Page copied = new WebClient(deployment).get("login.xhtml");
        for (Map.Entry<String, String> sentFrom : Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example",
                "Referer", "https://evil.example/prize.html").entrySet()) {
            WebClient visitor = new WebClient(deployment).header(sentFrom.getKey(), sentFrom.getValue());
            WebClient.Page refused = visitor.submit(copied, "login", "submit", mallorys);
            assertEquals(403, refused.status(), sentFrom.getKey());
            assertTrue(refused.shows("Sent from another site"), refused.text());
            assertEquals(401, visitor.api("api/me", null).statusCode(), "no one is signed in");
        }
        String ours = "http://127.0.0.1:" + copied.uri().getPort();
        WebClient visitor = new WebClient(deployment).header("Origin", ours).header("Referer", ours + "/login.xhtml");
        WebClient.Page landed = visitor.submit(visitor.get("login.xhtml"), "login", "submit", mallorys);
        assertFalse(landed.uri().getPath().endsWith("/login.xhtml"), "our own login form works: " + landed.text());
        assertEquals(200, visitor.api("api/me", null).statusCode());
    }

    private static String savedLanguage(WebClient member) {
        HttpResponse<String> me = member.api("api/me", null);
        assertEquals("private, no-store", me.headers().firstValue("Cache-Control").orElse(null), "a person's data is never stored on the way");
        return Json.createReader(new StringReader(me.body())).readObject().getString("language");
    }

    @Test
    void loggingInBringsThePersonBackWhereTheyWereGoing() {
        String email = People.email("Felix");
        Visitors.registered(deployment, "Felix", email);
        WebClient felix = new WebClient(deployment);
        WebClient.Page login = felix.get("account/profile.xhtml");
        assertTrue(login.uri().getPath().endsWith("/login.xhtml"));
        WebClient.Page profile = felix.submit(login, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(profile.uri().getPath().endsWith("/account/profile.xhtml"), profile.uri().toString());
        assertEquals(email, profile.textOf("email"));

        WebClient.Page home = felix.submit(profile, "logoutForm", "logout", Map.of());
        assertTrue(home.shows("Create an account"), home.text());
        assertEquals(401, felix.api("api/me", null).statusCode(), "logged out");
        assertTrue(felix.get("account/profile.xhtml").uri().getPath().endsWith("/login.xhtml"));

        WebClient.Page lured = felix.get("login.xhtml?next=" + java.net.URLEncoder.encode("https://evil.example/", java.nio.charset.StandardCharsets.UTF_8));
        WebClient.Page landed = felix.submit(lured, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertEquals("127.0.0.1", landed.uri().getHost(), "a return address off this site is ignored");
        assertTrue(landed.uri().getPath().endsWith("/index.xhtml"), landed.uri().toString());
    }

    @Test
    void visitorsReadPublicPagesWithoutASessionAndMembersKeepTheirs() {
        WebClient visitor = new WebClient(deployment);
        readsWithoutASession(visitor, "", "index.xhtml", "communities.xhtml", "login.xhtml?next=/communities.xhtml", "register.xhtml",
                "forgot-password.xhtml", "no-such-page.xhtml");
        WebClient admin = Visitors.registered(deployment, "Amara");
        String slug = Visitors.community(admin, "Open circle", "Everyone may read this.", "LISTED");
        String email = People.email("Maya");
        Visitors.registered(deployment, "Maya", email);
        readsWithoutASession(visitor, "community/view.xhtml?c=" + slug, "library/browse.xhtml?c=" + slug, "library/lists.xhtml?c=" + slug);
        WebClient.Page searched = visitor.submit(visitor.get("library/browse.xhtml?c=" + slug), "search", "find",
                Map.of("text", "nothing like this"));
        assertEquals(200, searched.status(), "a visitor's stateless page is built anew for their search");
        assertTrue(searched.shows("Nothing in the library matches."), searched.text());

        WebClient.Page login = visitor.get("login.xhtml?next=" + java.net.URLEncoder.encode("/community/view.xhtml?c=" + slug,
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("stateless", login.viewState());
        WebClient.Page landed = visitor.submit(login, "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(landed.uri().toString().endsWith("/community/view.xhtml?c=" + slug), "back where they were going: " + landed.uri());
        assertTrue(visitor.cookie("JSESSIONID").isPresent(), "signing in starts a session");
        WebClient.Page member = admin.get("community/view.xhtml?c=" + slug);
        assertNotEquals("stateless", member.viewState(), "a member's forms keep their state on the server, tied to the session");
        WebClient.Page refused = admin.submit(member, "leave", "leaveButton", Map.of());
        assertTrue(refused.shows("A community needs at least one admin."), "a member's form still works: " + refused.text());
    }

    private static void readsWithoutASession(WebClient visitor, String... pages) {
        for (String page : pages) {
            WebClient.Page shown = visitor.get(page);
            assertEquals(page.startsWith("no-such") ? 404 : 200, shown.status(), page);
            assertTrue(visitor.cookie("JSESSIONID").isEmpty(), "reading " + page + " started a session");
        }
    }

    @Test
    void anAdminEditsTheCommunityAndTheHomePageListsItForMembers() {
        WebClient admin = Visitors.registered(deployment, "Amara");
        String slug = Visitors.community(admin, "Reading circle", "Old description", "PRIVATE");
        WebClient.Page home = admin.get("index.xhtml");
        assertTrue(home.shows("Reading circle"), home.text());
        assertTrue(home.shows("No meeting is planned yet."));

        WebClient.Page settings = admin.get("community/settings.xhtml?c=" + slug);
        WebClient.Page blank = admin.submit(settings, "settings", "save",
                Map.of("name", "", "description", "", "visibility", "LISTED", "timeZone_input", "America/Toronto", "commentDays_hinput", "14"));
        assertTrue(blank.shows("Give the community a name."), blank.text());
        WebClient.Page forged = admin.submit(blank, "settings", "save",
                Map.of("name", "Grade 3 reading circle", "visibility", "LISTED", "timeZone_input", "Mars/Olympus_Mons"));
        assertTrue(forged.shows("Where the community meets (time zone): choose one of the options."), "a zone that is not offered: " + forged.text());
        assertEquals("Reading circle", admin.get("community/view.xhtml?c=" + slug).textOf("communityName"), "nothing was saved");
        WebClient.Page saved = admin.submit(blank, "settings", "save",
                Map.of("name", "Grade 3 reading circle", "description", "New description", "visibility", "LISTED",
                        "timeZone_input", "America/Toronto", "commentDays_hinput", "14"));
        assertTrue(saved.shows("The community’s settings are saved."), saved.text());
        assertEquals("Grade 3 reading circle", saved.textOf("communityName"));
        assertEquals(slug, saved.query("c"), "the address stays the same when the name changes");
        assertEquals(200, new WebClient(deployment).get("community/view.xhtml?c=" + slug).status(), "now listed");
    }

    @Test
    void aMemberLeavesButTheLastAdminCannot() {
        WebClient admin = Visitors.registered(deployment, "Amara");
        String slug = Visitors.community(admin, "Coaching circle", "", "PRIVATE");
        WebClient.Page refused = admin.submit(admin.get("community/view.xhtml?c=" + slug), "leave", "leaveButton", Map.of());
        assertTrue(refused.shows("A community needs at least one admin."), refused.text());

        WebClient member = Visitors.registered(deployment, "Sam");
        Visitors.join(member, Visitors.invitation(admin, slug, "GUEST"));
        WebClient.Page left = member.submit(member.get("community/view.xhtml?c=" + slug), "leave", "leaveButton", Map.of());
        assertTrue(left.shows("You have left Coaching circle."), left.text());
        assertEquals(404, member.get("community/view.xhtml?c=" + slug).status(), "once left, a private community is not there");
    }

    @Test
    void theServersFiguresAreNotPublished() {
        WebClient visitor = new WebClient(deployment);
        HttpResponse<String> metrics = visitor.raw(HttpRequest.newBuilder(visitor.root().resolve("/metrics")).GET());
        assertTrue(metrics.statusCode() == 403 || metrics.statusCode() == 404,
                "the JVM's and endpoints' figures are not given to anyone who asks (deploy/post-boot.asadmin): " + metrics.statusCode());
        assertFalse(metrics.body().contains("jvm"), metrics.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        WebClient visitor = new WebClient(deployment);
        HttpResponse<String> openapi = visitor.raw(HttpRequest.newBuilder(visitor.root().resolve("/openapi")).GET());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/communities/{slug}"), openapi.body());
        assertTrue(openapi.body().contains("/api/me"));
        assertTrue(openapi.body().contains("/api/meetings/{id}/state"));
        assertTrue(openapi.body().contains("/api/meetings/{id}/transitions"));
        assertTrue(openapi.body().contains("/api/communities/{slug}/resources"));
        assertTrue(openapi.body().contains("/api/resources/{id}"));
        assertTrue(openapi.body().contains("/api/communities/{slug}/meetings"));
        assertTrue(openapi.body().contains("/api/meetings/{id}/record"));
        assertTrue(openapi.body().contains("scheme: bearer"));
    }

    /**
     * docs/api.md is the reference the server's OpenAPI document gives, generated ({@link ApiReference}): it fails while
     * stale, and {@code -Ddocs.api=<file>} writes it again.
     */
    @Test
    void theApiReferenceInTheDocsIsTheOneTheServerDescribes() throws IOException {
        WebClient visitor = new WebClient(deployment);
        HttpResponse<String> openapi = visitor.raw(HttpRequest.newBuilder(visitor.root().resolve("/openapi")).header("Accept", "application/json").GET());
        String reference = ApiReference.of(Json.createReader(new StringReader(openapi.body())).readObject());
        String target = System.getProperty("docs.api");
        if (target != null && !target.isBlank()) {
            Files.writeString(Path.of(target), reference);
        }
        assertEquals(Files.readString(Path.of(System.getProperty("basedir", "."), "docs", "api.md")), reference,
                "docs/api.md is stale: write it again with -Ddocs.api=$PWD/docs/api.md");
    }

    /** Forms no browser of ours sends: each gets a 4xx and a page that says what happened, never a 500. */
    @Test
    void hostileFormsAreRefusedWithAClearAnswer() {
        WebClient visitor = new WebClient(deployment).from(People.address());
        WebClient.Page noPassword = visitor.submit(visitor.get("login.xhtml"), "login", "submit", Map.of("email", "sam@example.org"));
        assertEquals(200, noPassword.status());
        assertTrue(noPassword.shows("The e-mail or password is not right."), noPassword.text());

        WebClient.Page nul = visitor.submit(visitor.get("login.xhtml"), "login", "submit",
                Map.of("email", "sam\0@example.org", "password", "a\0b"));
        assertEquals(400, nul.status());
        assertTrue(nul.shows("That request did not make sense"), nul.text());

        WebClient.Page huge = visitor.submit(visitor.get("login.xhtml"), "login", "submit",
                Map.of("email", "x".repeat(3 * 1024 * 1024), "password", "y"));
        assertEquals(413, huge.status());
        assertTrue(huge.shows("That form is too large"), huge.text());

        WebClient.Page login = visitor.get("login.xhtml");
        String nonce = login.html().replaceFirst("(?s).*PrimeFaces\\.csp\\.init\\('([^']*)'\\).*", "$1");
        for (String extra : List.of("&primefaces.nonce=" + nonce, "")) {
            HttpResponse<String> garbage = visitor.raw(HttpRequest.newBuilder(visitor.base().resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=a%40b.org&login%3Apassword=y&login%3Asubmit="
                            + "&jakarta.faces.ViewState=garbage%21%21" + extra)));
            assertEquals(400, garbage.statusCode(), extra);
            assertTrue(garbage.body().contains("</html>"), "a whole page: " + garbage.body());
            assertTrue(garbage.body().contains(extra.isEmpty() ? "That request did not make sense" : "This page had expired"), garbage.body());
        }
    }

    @Test
    void aNulCharacterInJsonIsRefusedBeforeAnythingIsStored() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String slug = Visitors.community(maya, "Maya's library", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "library sync");
        HttpResponse<String> nul = new WebClient(deployment).apiPost("api/communities/" + slug + "/resources", token,
                "{\"kind\":\"LINK\",\"title\":\"a\\u0000b\",\"url\":\"https://example.org/\"}");
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(object(nul).getString("message").contains("NUL"), nul.body());
        assertEquals(0, object(new WebClient(deployment).api("api/communities/" + slug + "/resources", token)).getInt("total"));
    }

    @Test
    void theLibraryApiSearchesReadsAndAddsForMembers() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's library", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "library sync");
        WebClient script = new WebClient(deployment);

        HttpResponse<String> added = script.apiPost("api/communities/" + hidden + "/resources", token,
                "{\"kind\":\"book\",\"title\":\"We Want to Do More Than Survive\",\"isbn\":\"978-0-8070-6915-8\","
                        + "\"description\":\"Abolitionist teaching\",\"tags\":[\"Equity\",\"book club\"]}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject book = object(added);
        assertEquals("9780807069158", book.getString("isbn"));
        assertEquals("[\"book club\",\"equity\"]", book.getJsonArray("tags").toString());

        HttpResponse<String> badLink = script.apiPost("api/communities/" + hidden + "/resources", token,
                "{\"kind\":\"LINK\",\"title\":\"Sneaky\",\"url\":\"javascript:alert(1)\"}");
        assertEquals(400, badLink.statusCode());
        assertTrue(object(badLink).getString("message").startsWith("Only http and https links are accepted"), badLink.body());

        JsonObject page = object(script.api("api/communities/" + hidden + "/resources?q=abolitionist&tag=equity&kind=BOOK", token));
        assertEquals(1, page.getInt("total"));
        assertFalse(page.getBoolean("totalIsAtLeast"), "an exact count");
        assertEquals("We Want to Do More Than Survive", page.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(0, object(script.api("api/communities/" + hidden + "/resources?tag=equ", token)).getInt("total"), "whole tags only");
        assertEquals(400, script.api("api/communities/" + hidden + "/resources?kind=PODCAST", token).statusCode());
        assertEquals(400, script.api("api/communities/" + hidden + "/resources?size=1000", token).statusCode());

        String id = Long.toString(book.getJsonNumber("id").longValue());
        assertEquals(200, script.api("api/resources/" + id, token).statusCode());
        WebClient outsider = new WebClient(deployment);
        assertEquals(404, outsider.api("api/communities/" + hidden + "/resources", null).statusCode());
        assertEquals(404, outsider.api("api/resources/" + id, null).statusCode(), "a private resource does not exist for outsiders");
        assertEquals(401, outsider.apiPost("api/communities/" + hidden + "/resources", null, "{\"kind\":\"LINK\"}").statusCode());

        HttpResponse<String> read = script.api("api/resources/" + id, token);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> edited = script.raw(HttpRequest.newBuilder(WebClient.local(deployment).resolve("api/resources/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\":\"book\",\"title\":\"We Want to Do More Than Survive (2019)\","
                        + "\"isbn\":\"978-0-8070-6915-8\",\"tags\":[\"equity\"]}")));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("We Want to Do More Than Survive (2019)", object(edited).getString("title"));
        HttpResponse<String> stale = script.raw(HttpRequest.newBuilder(WebClient.local(deployment).resolve("api/resources/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\":\"book\",\"title\":\"Old\",\"isbn\":\"978-0-8070-6915-8\"}")));
        assertEquals(409, stale.statusCode(), "an edit from an older version is refused: " + stale.body());
        HttpResponse<String> removed = script.raw(HttpRequest.newBuilder(WebClient.local(deployment).resolve("api/resources/" + id))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(404, script.api("api/resources/" + id, token).statusCode(), "removed from the library");
        assertEquals(200, script.apiPost("api/resources/" + id + "/restore", token, "").statusCode());
        assertEquals(200, script.api("api/resources/" + id, token).statusCode(), "and back");
        assertEquals(401, outsider.raw(HttpRequest.newBuilder(WebClient.local(deployment).resolve("api/resources/" + id)).DELETE()).statusCode());
    }

    @Test
    void clientMistakesAreFourHundredsWithAReasonInJsonAndUtf8() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's API circle", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "mistakes");
        WebClient script = new WebClient(deployment);
        String resources = "api/communities/" + hidden + "/resources";
        HttpResponse<String> refused = script.apiPost(resources, token, "[1,2]"); // every other kind: RobustnessIT
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(object(refused).getString("message").startsWith("The body is not the JSON this address takes"), refused.body());
        assertEquals("application/json;charset=UTF-8", refused.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        HttpResponse<String> withAudience = script.apiPost(resources, token,
                "{\"kind\":\"link\",\"title\":\"For teachers\",\"url\":\"https://x.org/teachers\",\"audience\":[\"educators\",\"grades 3-5\"]}");
        assertEquals(201, withAudience.statusCode(), withAudience.body());
        assertEquals("[\"GRADES_3_5\",\"EDUCATORS\"]", object(withAudience).getJsonArray("audience").toString(), "audience is kept");
        HttpResponse<String> unknownAudience = script.apiPost(resources, token,
                "{\"kind\":\"link\",\"title\":\"X\",\"url\":\"https://x.org/x\",\"audience\":[\"aliens\"]}");
        assertEquals(400, unknownAudience.statusCode());
        assertTrue(object(unknownAudience).getString("message").contains("aliens"), unknownAudience.body());

        long meeting = Visitors.meetingSoon(maya, hidden, "API mistakes");
        WebClient nobody = new WebClient(deployment);
        assertEquals(401, nobody.apiPost("api/meetings/" + meeting + "/transitions", null, "hello").statusCode(),
                "who is asking comes before what was sent");
        assertEquals(401, nobody.apiPost(resources, null, "[").statusCode());
        HttpResponse<String> badToken = nobody.api("api/me", "not-a-token");
        assertEquals(401, badToken.statusCode());
        assertEquals("application/json;charset=UTF-8", badToken.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    }

    @Test
    void anUploadIsCheckedDownloadedAsAnAttachmentAndHiddenFromOutsiders() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's handouts", "", "PRIVATE");
        WebClient.Page form = maya.get("library/add.xhtml?c=" + hidden + "&kind=FILE");
        String fileField = form.fileInput("resource");
        WebClient.Page added = maya.upload(form, "resource", "add", Map.of("kind_input", "FILE", "title", "Consultancy notes",
                "tags", "protocols"), fileField, "Consultancy notes.pdf", org.marigold.library.SampleFiles.pdf());
        assertTrue(added.shows("\"Consultancy notes\" is in the library."), added.text());

        JsonObject file = object(maya.api("api/communities/" + hidden + "/resources?kind=FILE", null))
                .getJsonArray("items").getJsonObject(0).getJsonObject("file");
        String download = file.getString("download");
        String path = download.substring(download.indexOf("api/resources/"));
        HttpResponse<byte[]> bytes = maya.download(path);
        assertEquals(200, bytes.statusCode());
        assertEquals("application/pdf", bytes.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Consultancy notes.pdf\"; filename*=UTF-8''Consultancy%20notes.pdf",
                bytes.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", bytes.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(java.util.Arrays.equals(org.marigold.library.SampleFiles.pdf(), bytes.body()));
        assertEquals(404, new WebClient(deployment).download(path).statusCode(), "no download for those who may not see the library");

        WebClient.Page disguised = maya.upload(maya.get("library/add.xhtml?c=" + hidden + "&kind=FILE"), "resource", "add",
                Map.of("kind_input", "FILE", "title", "Lesson"), fileField, "lesson.pdf", org.marigold.library.SampleFiles.docx());
        assertTrue(disguised.shows("The file \"lesson.pdf\" is not what its name says"), disguised.text());

        WebClient.Page tooLarge = maya.upload(maya.get("library/add.xhtml?c=" + hidden + "&kind=FILE"), "resource", "add",
                Map.of("kind_input", "FILE", "title", "Huge"), fileField, "huge.pdf", new byte[21 * 1024 * 1024]);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.shows("The library accepts files up to 20 MB"), tooLarge.text());
        assertEquals(1, object(maya.api("api/communities/" + hidden + "/resources", null)).getInt("total"), "only the good file is stored");
    }

    @Test
    void aPdfOpensInTheBrowserSandboxedForThoseWhoMaySeeIt() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's readings", "", "PRIVATE");
        Visitors.upload(maya, hidden, "Consultancy notes", "Consultancy notes.pdf", SampleFiles.pdf());
        Visitors.upload(maya, hidden, "Lesson plan", "lesson.docx", SampleFiles.docx());
        Map<String, Long> ids = new HashMap<>();
        for (JsonObject item : object(maya.api("api/communities/" + hidden + "/resources?kind=FILE", null)).getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            ids.put(item.getString("title"), item.getJsonNumber("id").longValue());
        }
        long pdf = ids.get("Consultancy notes");

        assertTrue(maya.get("library/resource.xhtml?r=" + pdf).shows("Open in the browser"), "offered beside the download");
        assertFalse(maya.get("library/resource.xhtml?r=" + ids.get("Lesson plan")).shows("Open in the browser"));
        HttpResponse<byte[]> shown = maya.download("api/resources/" + pdf + "/view");
        assertEquals(200, shown.statusCode());
        assertEquals("application/pdf", shown.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline; filename=\"Consultancy notes.pdf\"; filename*=UTF-8''Consultancy%20notes.pdf",
                shown.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", shown.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(List.of("sandbox; default-src 'none'; frame-ancestors 'none'"), shown.headers().allValues("Content-Security-Policy"),
                "a document of no origin, running nothing, never framed");
        assertTrue(Arrays.equals(SampleFiles.pdf(), shown.body()));

        assertEquals(404, maya.download("api/resources/" + ids.get("Lesson plan") + "/view").statusCode(), "other files only download");
        assertEquals(404, new WebClient(deployment).download("api/resources/" + pdf + "/view").statusCode(), "not for visitors");
        assertEquals(404, Visitors.registered(deployment, "Outsider").download("api/resources/" + pdf + "/view").statusCode(),
                "nor for someone outside the community");
    }

    @Test
    void theLibraryExportsAsCsvAndBookmarksForThoseWhoMaySeeIt() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String hidden = Visitors.community(maya, "Maya's exports", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "export");
        maya.apiPost("api/communities/" + hidden + "/resources", token,
                "{\"kind\":\"link\",\"title\":\"Pear Deck, for \\\"every\\\" student\",\"url\":\"https://www.peardeck.com\",\"tags\":[\"slides\"]}");
        HttpResponse<byte[]> csv = maya.download("api/communities/" + hidden + "/resources/export.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFtitle,kind,url,isbn,description,tags,audience"), text);
        assertTrue(text.contains("\"Pear Deck, for \"\"every\"\" student\",link,https://www.peardeck.com,,,slides"), text);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        HttpResponse<byte[]> bookmarks = maya.download("api/communities/" + hidden + "/resources/bookmarks.html");
        assertTrue(new String(bookmarks.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<A HREF=\"https://www.peardeck.com\""));
        assertEquals(404, new WebClient(deployment).download("api/communities/" + hidden + "/resources/export.csv").statusCode());
    }

    @Test
    void aMeetingCanBeAddedToACalendarInItsCommunitysTimeZone() throws Exception {
        WebClient felix = Visitors.registered(deployment, "Félix");
        String slug = Visitors.community(felix, "Calendar circle", "", "PRIVATE");
        long meetingId = Visitors.meeting(felix, slug, "January Consultancy", "2030-01-27 19:30");
        HttpResponse<byte[]> download = felix.download("api/meetings/" + meetingId + "/calendar.ics");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertEquals("attachment; filename=\"meeting-" + meetingId + ".ics\"", download.headers().firstValue("Content-Disposition").orElseThrow());

        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8)));
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertEquals("January Consultancy", event.getSummary().getValue());
        assertTrue(event.getUid().orElseThrow().getValue().startsWith("meeting-" + meetingId + "@"));
        java.time.ZonedDateTime start = java.time.ZonedDateTime.from(event.getDateTimeStart().getDate());
        assertEquals(java.time.LocalDateTime.of(2030, 1, 27, 19, 30), start.toLocalDateTime());
        assertEquals("America/Toronto", event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue(),
                "in the community's zone (its founder's)");
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());

        assertEquals(404, Visitors.registered(deployment, "Olive").download("api/meetings/" + meetingId + "/calendar.ics").statusCode(),
                "only the community's people");
    }

    @Test
    void aCommunitysMeetingsAreListedComingAndPastAndItsRecordsTakeComments() {
        WebClient felix = Visitors.registered(deployment, "Félix");
        String slug = Visitors.community(felix, "Meetings circle", "", "PRIVATE");
        long march = Visitors.meeting(felix, slug, "March Consultancy", "2030-03-25 19:30");
        WebClient.Page coming = felix.get("meeting/meetings.xhtml?c=" + slug);
        assertEquals(200, coming.status());
        assertTrue(coming.shows("March Consultancy"), coming.text());
        assertTrue(coming.shows("Nobody presents yet."), coming.text());
        WebClient.Page searched = felix.get("meeting/meetings.xhtml?c=" + slug + "&when=past&q=march&page=zz");
        assertEquals(200, searched.status(), "a page number that is not one reads as the first page");
        assertTrue(searched.shows("No past meeting found."), searched.text());

        String token = Visitors.apiToken(felix, "meetings");
        JsonObject upcoming = object(felix.api("api/communities/" + slug + "/meetings", token));
        assertEquals(1, upcoming.getInt("total"));
        JsonObject item = upcoming.getJsonArray("items").getJsonObject(0);
        assertEquals("March Consultancy", item.getString("title"));
        assertEquals("SCHEDULED", item.getString("status"));
        assertTrue(item.isNull("record"), "no record before it ends");
        assertEquals(400, felix.api("api/communities/" + slug + "/meetings?when=later", token).statusCode());
        assertEquals(400, felix.api("api/communities/" + slug + "/meetings?size=0", token).statusCode());
        assertEquals(401, new WebClient(deployment).api("api/communities/" + slug + "/meetings", null).statusCode());
        WebClient olive = Visitors.registered(deployment, "Olive");
        assertEquals(404, olive.api("api/communities/" + slug + "/meetings", Visitors.apiToken(olive, "peek")).statusCode());

        for (String action : List.of("{\"action\":\"start\",\"expectedPhase\":-1}", "{\"action\":\"end\",\"expectedPhase\":0}")) {
            assertEquals(200, felix.apiPost("api/meetings/" + march + "/transitions", token, action).statusCode());
        }
        JsonObject past = object(felix.api("api/communities/" + slug + "/meetings?when=past&q=consultancy", token));
        assertEquals(1, past.getInt("total"));
        assertTrue(past.getJsonArray("items").getJsonObject(0).getString("record").endsWith("/api/meetings/" + march + "/record"));

        WebClient.Page record = felix.get("meeting/record.xhtml?m=" + march);
        WebClient.Page commented = felix.submit(record, "commentForm", "addComment", Map.of("comment", "<script>alert(1)</script> roles worked"));
        assertTrue(commented.shows("Your comment is added to the record."), commented.text());
        assertTrue(commented.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; roles worked"), "shown as text");
        WebClient.Page empty = felix.submit(commented, "commentForm", "addComment", Map.of("comment", "  "));
        assertTrue(empty.shows("Write something before adding your comment."), empty.text());
        JsonObject json = object(felix.api("api/meetings/" + march + "/record", token));
        assertEquals("<script>alert(1)</script> roles worked", json.getJsonArray("comments").getJsonObject(0).getString("body"));
        assertEquals("Félix", json.getJsonArray("comments").getJsonObject(0).getString("author"));
    }
}
