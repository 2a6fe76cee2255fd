package org.marigold.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marigold.account.MarigoldAuthentication;
import org.marigold.support.Await;
import org.marigold.support.Deployments;
import org.marigold.support.Inbox;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Mail leaves through the outbox to a real SMTP server (GreenMail, in this test): a forgotten password is reset by a
 * link that works once and for an hour, the form tells nobody whether an address has an account, a message waits
 * while the mail server is away and arrives once when it is back, and two workers racing send each message once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    @RegisterExtension
    static final Inbox INBOX = new Inbox();
    private static final String ADMIN = People.email("Outbox Admin");
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The reset mail's subject; a new account's first mail asks to confirm its address. */
    private static final String RESET = "Choose a new Marigold password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        List<String> settings = new ArrayList<>(List.of(INBOX.bounceMailbox()));
        settings.add("marigold.admins=" + ADMIN);
        return Deployments.sendingMailTo(Deployments.marigold(OutboxTestSupport.class), INBOX.port(), settings.toArray(String[]::new));
    }

    @ArquillianResource
    URL deployment;

    /** The instance's administrator, who reads the Outbox page: registered by the first test that needs her. */
    private WebClient admin() {
        try {
            return Visitors.loggedIn(deployment, ADMIN);
        } catch (IllegalStateException notYet) {
            return Visitors.registered(deployment, "Outbox Admin", ADMIN);
        }
    }

    private static boolean loggedIn(WebClient visitor) {
        return visitor.get("account/profile.xhtml").uri().getPath().endsWith("/account/profile.xhtml");
    }

    private WebClient.Page askForALink(String email) {
        WebClient someone = new WebClient(deployment);
        assertTrue(someone.get("login.xhtml").html().contains("forgot-password.xhtml"), "the login page offers it");
        WebClient.Page forgot = someone.get("forgot-password.xhtml");
        return someone.submit(forgot, "forgot", "send", Map.of("email", email));
    }

    private static String linkIn(MimeMessage mail) {
        return Inbox.linkTo(mail, "reset-password.xhtml?t=");
    }

    @Test
    void aResetMailArrivesAndItsLinkWorksOnceEndingTheOtherLogins() throws MessagingException {
        String email = People.email("Maya");
        WebClient earlier = Visitors.registered(deployment, "Maya <Chen>", email);
        WebClient kept = new WebClient(deployment);
        kept.submit(kept.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD, "keep_input", "on"));
        var cookie = kept.cookie(MarigoldAuthentication.REMEMBER_COOKIE).orElseThrow();
        assertTrue(loggedIn(earlier) && loggedIn(kept.holding(cookie)));

        WebClient.Page answer = askForALink(email);
        assertTrue(answer.shows("If an account uses " + email + ", we have sent it a link"), answer.text());

        MimeMessage mail = INBOX.await(email, RESET, 1, PATIENCE).get(0);
        assertEquals("Choose a new Marigold password", mail.getSubject());
        assertNull(mail.getHeader("List-Unsubscribe"), "an essential message cannot be unsubscribed from");
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        assertTrue(Inbox.part(mail, "text/plain").startsWith("Hello Maya <Chen>,"));
        assertTrue(Inbox.part(mail, "text/html").contains("Hello Maya &lt;Chen&gt;,"), "what people type is text in HTML");
        String link = linkIn(mail);

        WebClient phone = new WebClient(deployment);
        WebClient.Page choose = phone.get(link);
        assertTrue(choose.shows("Choose your new password"), choose.text());
        WebClient.Page tooShort = phone.submit(choose, "reset", "save", Map.of("newPassword", "short"));
        assertTrue(tooShort.shows("Use at least 10 characters."), "the registration's rules: " + tooShort.text());
        WebClient.Page home = phone.submit(tooShort, "reset", "save", Map.of("newPassword", NEW_PASSWORD));
        assertTrue(home.shows("Your password is changed and you are logged in."), home.text());
        assertTrue(loggedIn(phone), "logged in with the new password");

        assertFalse(loggedIn(earlier), "the session from before the new password has ended");
        assertFalse(loggedIn(kept.holding(cookie)), "the remembered login has ended");
        WebClient.Page again = new WebClient(deployment).get(link);
        assertEquals(200, again.status());
        assertTrue(again.shows("This link has already been used."), again.text());
        assertEquals(1, INBOX.to(email, RESET).size());
    }

    @Test
    void aNewAccountConfirmsItsAddressFromAMailInItsLanguageAndTheLinkOnlyAsksUntilPressed() throws MessagingException {
        String email = People.email("Ines");
        WebClient ines = new WebClient(deployment).header("Accept-Language", "fr");
        WebClient.Page home = ines.submit(ines.get("register.xhtml"), "register", "submit",
                Map.of("email", email, "displayName", "Inès Roy", "password", People.PASSWORD, "timeZone", "America/Montreal"));
        assertTrue(home.shows("Veuillez confirmer " + email), "the home page asks, in her language: " + home.text());

        MimeMessage mail = INBOX.await(email, 1, PATIENCE).get(0);
        assertEquals("Confirmez votre adresse pour Marigold", mail.getSubject());
        assertNull(mail.getHeader("List-Unsubscribe"), "essential: nothing to unsubscribe from");
        assertTrue(Inbox.part(mail, "text/html").contains("Bonjour Inès Roy"), Inbox.part(mail, "text/html"));
        String path = Inbox.linkTo(mail, "confirm.xhtml?k=").replaceFirst("^.*?/confirm\\.xhtml", "confirm.xhtml");
        WebClient.Page tooSoon = ines.submit(home, "unconfirmed", "sendAgain", Map.of());
        assertTrue(tooSoon.shows("Attendez 2 minutes"), tooSoon.text());

        WebClient reader = new WebClient(deployment);
        WebClient.Page asked = reader.get(path);
        assertTrue(asked.shows("Confirm that " + email + " is your address"), asked.text());
        assertTrue(ines.get("index.xhtml").shows("Veuillez confirmer"), "opening the link (as a mail scanner would) confirmed nothing");
        WebClient.Page done = reader.submit(asked, "confirm", "confirmIt", Map.of());
        assertTrue(done.shows("Thank you: " + email + " is confirmed."), done.text());
        assertFalse(ines.get("index.xhtml").shows("Veuillez confirmer"), "the home page no longer asks");
        assertTrue(reader.get(path).shows(email + " is confirmed."), "the link again: no error, nothing to do");
        assertTrue(reader.get("confirm.xhtml?k=mgc_made-up").shows("This link no longer confirms an address"));
        assertEquals(1, INBOX.to(email).size(), "one mail: the refused second link was not sent");
    }

    @Test
    void aFacilitatorInvitesByMailSeesWhoJoinedAndSendsAgainAndTwoPastingAtOnceInviteOnce() throws Exception {
        String felixEmail = People.email("Felix");
        String maya = People.email("Maya");
        String sam = People.email("Sam");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felix, "Mailed circle", "", "PRIVATE");
        WebClient.Page members = felix.get("community/members.xhtml?c=" + slug);

        // One slip refuses the whole list, says which, and keeps what was pasted.
        String pasted = maya + ", Sam Rivera <" + sam + ">, sam.example.org";
        WebClient.Page refused = felix.submit(members, "inviteByMail", "send", Map.of("addresses", pasted, "mailRole_input", "MEMBER", "mailNote", ""));
        assertTrue(refused.shows("These are not e-mail addresses: sam.example.org. Correct or remove them; nothing was sent."), refused.text());
        assertTrue(refused.html().contains("Sam Rivera &lt;" + sam + "&gt;, sam.example.org"), "the pasted list is still there");
        WebClient.Page sent = felix.submit(refused, "inviteByMail", "send", Map.of("addresses", maya + "\nSam Rivera <" + sam + ">; " + felixEmail,
                "mailRole_input", "MEMBER", "mailNote", "We meet on the first Tuesday"));
        assertTrue(sent.shows("2 invitations sent: " + maya + ", " + sam + "."), sent.text());
        assertTrue(sent.shows("Already members, not invited: " + felixEmail + "."), sent.text());

        MimeMessage toMaya = INBOX.await(maya, "invites you", 1, PATIENCE).get(0);
        assertEquals("Félix Tremblay invites you to Mailed circle", toMaya.getSubject());
        String text = Inbox.part(toMaya, "text/plain");
        assertTrue(text.contains("Félix Tremblay invites you to join Mailed circle on Marigold, as Member.")
                && text.contains("Félix Tremblay wrote: “We meet on the first Tuesday”"), text);
        assertNull(toMaya.getHeader("List-Unsubscribe"));

        // Maya makes an account and follows her link: she is in, and her address is proven by it.
        WebClient mayaClient = Visitors.registered(deployment, "Maya Chen", maya);
        assertTrue(mayaClient.get("index.xhtml").shows("Please confirm " + maya), "a new account asks to confirm");
        assertTrue(Visitors.join(mayaClient, Inbox.linkTo(toMaya, "join.xhtml")).shows("Welcome to Mailed circle!"));
        assertFalse(mayaClient.get("index.xhtml").shows("Please confirm"), "the invitation mailed to her address proved it");

        // Félix's list says Maya joined; he sends Sam's again: the first link no longer works, the new one does.
        WebClient.Page list = felix.get("community/members.xhtml?c=" + slug);
        assertTrue(rowOf(list, maya, "mailed-invitation").contains("Joined as Maya Chen"), list.text());
        assertTrue(rowOf(list, sam, "mailed-invitation").contains("Not joined yet"), list.text());
        String firstLink = Inbox.linkTo(INBOX.await(sam, "invites you", 1, PATIENCE).get(0), "join.xhtml");
        WebClient.Page again = felix.submit(list, "mailedInvitations", buttonIn(list, sam, "again"), Map.of());
        assertTrue(again.shows("Sent again, with a new link: " + sam + "."), again.text());
        String secondLink = Inbox.linkTo(INBOX.await(sam, "invites you", 2, PATIENCE).get(1), "join.xhtml");
        WebClient samClient = Visitors.registered(deployment, "Sam Rivera", sam);
        assertTrue(samClient.get(firstLink.substring(firstLink.indexOf("join.xhtml"))).shows("This invitation link is not valid"));
        assertTrue(Visitors.join(samClient, secondLink).shows("Welcome to Mailed circle!"));

        // Two facilitators paste the same address at the same moment: one invitation, one mail.
        WebClient noor = Visitors.registered(deployment, "Noor Haddad", People.email("Noor"));
        Visitors.join(noor, Visitors.invitation(felix, slug, "FACILITATOR"));
        String ines = People.email("Ines");
        List<WebClient> facilitators = List.of(felix, noor);
        List<WebClient.Page> forms = List.of(felix.get("community/members.xhtml?c=" + slug), noor.get("community/members.xhtml?c=" + slug));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<WebClient.Page>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                WebClient who = facilitators.get(i);
                WebClient.Page form = forms.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return who.submit(form, "inviteByMail", "send", Map.of("addresses", ines, "mailRole_input", "MEMBER", "mailNote", ""));
                }));
            }
            start.countDown();
            String both = answers.get(0).get(2, TimeUnit.MINUTES).text() + " | " + answers.get(1).get(2, TimeUnit.MINUTES).text();
            assertTrue(both.contains("Invitation sent: " + ines + ".") && both.contains("Invited moments ago, not sent again: " + ines + "."), both);
        } finally {
            pool.shutdownNow();
        }
        INBOX.await(ines, 1, PATIENCE);
        WebClient.Page after = felix.get("community/members.xhtml?c=" + slug);
        assertEquals(1, after.html().split(Pattern.quote(ines), -1).length - 1, "one row for her: " + after.text());
        assertEquals(1, INBOX.to(ines).size());
    }

    /** The text of the page's row (class {@code rowClass}) that holds these words. */
    private static String rowOf(WebClient.Page page, String words, String rowClass) {
        for (String row : page.html().split(rowClass)) {
            if (row.contains(words)) {
                return new WebClient.Page(200, page.uri(), row, Map.of()).text();
            }
        }
        return "";
    }

    /** The name of the button ending in {@code id} in the row that holds these words. */
    private static String buttonIn(WebClient.Page page, String words, String id) {
        for (String row : page.html().split("mailed-invitation")) {
            Matcher button = Pattern.compile("name=\"mailedInvitations:([^\"]*:" + id + ")\"").matcher(row);
            if (row.contains(words) && button.find()) {
                return button.group(1);
            }
        }
        throw new AssertionError("no " + id + " button beside " + words);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = People.email("Sam");
        Visitors.registered(deployment, "Sam Rivera", email);
        askForALink(email);
        String link = linkIn(INBOX.await(email, RESET, 1, PATIENCE).get(0));
        WebClient anyone = new WebClient(deployment);
        assertEquals("1", support(anyone, "action=age&email=" + email));
        WebClient.Page late = anyone.get(link);
        assertEquals(200, late.status());
        assertTrue(late.shows("This link has expired"), late.text());
        assertFalse(late.html().contains("newPassword"), "no form to fill in");
    }

    @Test
    void anUnknownAddressAndAFourthRequestWithinAnHourGetTheSameAnswerAndNoMail() {
        String stranger = People.email("Nobody");
        String email = People.email("Felix");
        Visitors.registered(deployment, "Félix Tremblay", email);
        String unknownAnswer = askForALink(stranger).textOf("pageMessages");
        for (int i = 0; i < 4; i++) {
            String answer = askForALink(email).textOf("pageMessages");
            assertEquals(unknownAnswer.replace(stranger, email), answer);
        }
        String later = People.email("Gabriel");
        Visitors.registered(deployment, "Gabriel Mendes", later);
        askForALink(later);
        INBOX.await(later, RESET, 1, PATIENCE);
        assertEquals(3, INBOX.to(email, RESET).size(), "at most three links an hour");
        assertEquals(List.of(), INBOX.to(stranger));
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsAwayAndArrivesOnceWhenItIsBack() {
        WebClient admin = admin();
        String email = People.email("Noor");
        Visitors.registered(deployment, "Noor Haddad", email);
        INBOX.await(email, "Confirm your address", 1, PATIENCE);
        INBOX.stop();
        try {
            askForALink(email);
            Await.until("a failed attempt shows in the outbox", PATIENCE,
                    () -> rowOf(admin.get("mail/outbox.xhtml"), email).contains("Last error:"));
        } finally {
            INBOX.start();
        }
        String link = linkIn(INBOX.await(email, RESET, 1, PATIENCE).get(0));
        Await.until("the outbox says it was sent", PATIENCE,
                () -> rowOf(admin.get("mail/outbox.xhtml"), email).contains("· sent ·"));
        assertEquals(1, INBOX.to(email, RESET).size());
        assertFalse(admin.get("mail/outbox.xhtml").html().contains(link), "a delivered link is not shown to admins");
    }

    @Test
    void anAddressTheMailServerRefusesIsNotTriedAgainAndItsOwnerPutsItRightOnTheProfile() {
        WebClient admin = admin();
        String typo = People.email("Lou.Typo");
        String right = People.email("Lou");
        WebClient lou = Visitors.registered(deployment, "Lou Martin", typo);
        Visitors.confirmed(lou, INBOX, typo);
        INBOX.refuseEveryone("550 5.1.1 <" + typo + ">: Recipient address rejected: User unknown");
        try {
            askForALink(typo);
            Await.until("the outbox says it bounced", PATIENCE,
                    () -> rowOf(admin.get("mail/outbox.xhtml"), typo).contains("bounced (not tried again)"));
        } finally {
            INBOX.acceptAgain();
        }
        WebClient.Page home = lou.get("index.xhtml");
        assertTrue(home.shows("Mail to " + typo + " could not be delivered"), home.text());
        assertTrue(home.shows("Recipient address rejected: User unknown"), "in the mail server's words: " + home.text());

        // She puts her address right on her profile: a link goes to the new one, which is hers once she follows it.
        WebClient.Page profile = lou.get("account/profile.xhtml");
        WebClient.Page wrongPassword = lou.submit(profile, "address", "askForAddress", Map.of("newEmail", right, "addressPassword", "not it at all"));
        assertTrue(wrongPassword.shows("That is not your current password."), wrongPassword.text());
        WebClient.Page asked = lou.submit(profile, "address", "askForAddress", Map.of("newEmail", right, "addressPassword", People.PASSWORD));
        assertTrue(asked.shows("A link is on its way to " + right), asked.text());
        assertTrue(asked.shows("your address becomes " + right + " when you follow it. Until then it stays " + typo), asked.text());
        Visitors.confirmed(lou, INBOX, right);
        assertEquals(right, lou.get("account/profile.xhtml").textOf("email"));
        assertFalse(lou.get("index.xhtml").shows("could not be delivered"), "the new address is proven");
        assertTrue(rowOf(admin.get("mail/outbox.xhtml"), typo).contains("bounced (not tried again)"), "still not tried again");
        assertTrue(INBOX.to(typo, RESET).isEmpty(), "the refused reset never went anywhere");
    }

    @Test
    void deliveryReportsInTheBounceMailboxMarkTheInvitationAndThePersonsAddressOnce() {
        String felixEmail = People.email("Felix");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felix, "Bounced circle", "", "PRIVATE");
        String lost = People.email("Nobody.Here");
        felix.submit(felix.get("community/members.xhtml?c=" + slug), "inviteByMail", "send",
                Map.of("addresses", lost, "mailRole_input", "MEMBER", "mailNote", ""));
        INBOX.await(lost, "invites you", 1, PATIENCE);
        String noorEmail = People.email("Noor");
        WebClient noor = Visitors.registered(deployment, "Noor Haddad", noorEmail);
        Visitors.confirmed(noor, INBOX, noorEmail);

        INBOX.bounceBack(lost, "550 5.1.1 <" + lost + ">: Recipient address rejected: User unknown in virtual mailbox table");
        INBOX.bounceBack(noorEmail, "552 5.2.2 Mailbox full");
        INBOX.outOfOfficeToBounceMailbox();
        // Two rounds at once (as the minute's round and another instance's meet), each answered, each report read once;
        // the server's own round may have read them first, and these then find none.
        int recorded = bounceRoundsAtOnce(2);
        assertTrue(recorded <= 2, "two reports, each recorded once: " + recorded);

        WebClient.Page members = felix.get("community/members.xhtml?c=" + slug);
        assertTrue(rowOf(members, lost, "mailed-invitation").contains("Could not be delivered: 550 5.1.1"), members.text());
        WebClient.Page home = noor.get("index.xhtml");
        assertTrue(home.shows("Mail to " + noorEmail + " could not be delivered") && home.shows("552 5.2.2 Mailbox full"), home.text());
        assertEquals(1, INBOX.inBounceMailbox(), "the reports are deleted once read; the out-of-office reply is left for a person");
        assertEquals("0", support(new WebClient(deployment), "action=bounces"), "each report is read once");
    }

    @Test
    void theOutboxPageIsOnlyForTheInstancesAdministrators() {
        WebClient member = Visitors.registered(deployment, "Maya Chen");
        assertEquals(403, member.get("mail/outbox.xhtml").status());
    }

    @Test
    void twoWorkersRacingOverTheSameMessagesSendEachOnce() {
        String to = "race" + System.nanoTime();
        int messages = 20;
        String handled = support(new WebClient(deployment), "action=race&messages=" + messages + "&to=" + to);
        for (int i = 1; i <= messages; i++) {
            INBOX.await(to + "-" + i + "@example.org", 1, PATIENCE);
        }
        for (int i = 1; i <= messages; i++) {
            assertEquals(1, INBOX.to(to + "-" + i + "@example.org").size(), "message " + i + " (rounds handled " + handled + ")");
        }
    }

    @Test
    void changingThePasswordOnTheProfileEndsTheOtherSessionsOnly() {
        String email = People.email("Amara");
        WebClient here = Visitors.registered(deployment, "Amara Okafor", email);
        WebClient elsewhere = new WebClient(deployment);
        elsewhere.submit(elsewhere.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(loggedIn(elsewhere));
        WebClient.Page profile = here.get("account/profile.xhtml");
        WebClient.Page changed = here.submit(profile, "password", "change",
                Map.of("currentPassword", People.PASSWORD, "newPassword", NEW_PASSWORD));
        assertTrue(changed.shows("Your password is changed."), changed.text());
        assertTrue(loggedIn(here), "the page that changed it stays logged in");
        assertFalse(loggedIn(elsewhere), "the other session has ended");
    }

    /** Asks for so many rounds of the bounce mailbox at the same moment; what they recorded, together. */
    private int bounceRoundsAtOnce(int rounds) {
        ExecutorService pool = Executors.newFixedThreadPool(rounds);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return support(new WebClient(deployment), "action=bounces");
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<String> answer : answers) {
                recorded += Integer.parseInt(answer.get(2, TimeUnit.MINUTES));
            }
            return recorded;
        } catch (Exception e) {
            throw new AssertionError("a round of the bounce mailbox failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outbox page's row for a recipient (empty when it is not listed). */
    private static String rowOf(WebClient.Page outbox, String recipient) {
        return rowOf(outbox, recipient, "outbox-message");
    }

    private String support(WebClient client, String form) {
        var response = client.raw(HttpRequest.newBuilder(client.base().resolve("test-support/outbox"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
