package org.marigold.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.marigold.support.Deployments;
import org.marigold.support.Inbox;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Members are reminded of a meeting a week and a day before it, by mail through a real SMTP server (GreenMail): each in
 * their own time zone across a change of daylight saving time, with the meeting attached as a calendar file; a cluster's
 * two rounds at the same moment send each reminder once; a member stops them from the mail with one click, or from the
 * page its link opens, without logging in; a forged stop address changes nothing. After a meeting, those who came are
 * mailed its summary, members who missed it a digest, each stopped alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderMailIT {

    @RegisterExtension
    static final Inbox INBOX = new Inbox();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sendingMailTo(Deployments.marigold(ReminderTestSupport.class), INBOX.port());
    }

    @ArquillianResource
    URL deployment;

    @Test
    void membersAreRemindedInTheirOwnTimeOnceAndStopItFromTheMail() {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        String samEmail = People.email("Sam");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        Visitors.confirmed(felix, INBOX, felixEmail);
        String slug = Visitors.community(felix, "Reminded circle", "", "PRIVATE");
        WebClient maya = Visitors.registered(deployment, "Maya Chen", mayaEmail, "Europe/Paris");
        Visitors.confirmed(maya, INBOX, mayaEmail);
        Visitors.join(maya, Visitors.invitation(felix, slug, "MEMBER"));
        // Sam never confirmed his address: he is sent nothing but the confirmation.
        WebClient sam = Visitors.registered(deployment, "Sam Rivera", samEmail);
        Visitors.join(sam, Visitors.invitation(felix, slug, "MEMBER"));
        // Monday 15 March 2027, 19:00 in Toronto: the day after North America moves its clocks forward, while Paris has not.
        long meetingId = Visitors.meeting(felix, slug, "Spring stamina", "2027-03-15 19:00");

        // A week before (Monday 8 March, still winter time in Toronto), two rounds at once, as two instances would.
        String rounds = support("action=race&at=2027-03-08T23:30:00Z&meeting=" + meetingId);
        MimeMessage toFelix = INBOX.await(felixEmail, "In a week", 1, PATIENCE).get(0);
        MimeMessage toMaya = INBOX.await(mayaEmail, "In a week", 1, PATIENCE).get(0);
        assertTrue(List.of("2 0", "0 2").contains(rounds), "one round queued both, the other nothing (and failed on nothing): " + rounds);
        assertEquals("0", support("at=2027-03-08T23:45:00Z&meeting=" + meetingId), "and nothing is queued again");

        assertEquals("In a week: Spring stamina", subject(toFelix));
        String felixText = Inbox.part(toFelix, "text/plain");
        assertTrue(felixText.contains("Monday, March 15, 2027, 7:00 PM EDT"), "Toronto's time, daylight saving already: " + felixText);
        assertTrue(felixText.contains("/meeting/live.xhtml?m=" + meetingId), felixText);
        String mayaText = Inbox.part(toMaya, "text/plain");
        assertTrue(mayaText.contains("Tuesday, March 16, 2027, 12:00 AM CET"), "Paris's time, still winter time there: " + mayaText);
        assertTrue(Inbox.part(toMaya, "text/calendar").contains("SUMMARY:Spring stamina"), "the meeting, to add to a calendar");
        String stop = Inbox.header(toMaya, "List-Unsubscribe");
        assertTrue(stop.startsWith("<http") && stop.contains("/api/mail/stop?k="), stop);
        assertEquals("List-Unsubscribe=One-Click", Inbox.header(toMaya, "List-Unsubscribe-Post"));

        // "Will you come?" from the mail: the link opens a page that asks (opening it answers nothing), one press answers.
        WebClient mayaOutside = new WebClient(deployment);
        String maybe = Inbox.linkTo(toMaya, "rsvp.xhtml");
        assertTrue(maybe.endsWith("&a=YES"), "the first answer offered is yes: " + maybe);
        WebClient.Page asked = mayaOutside.get(maybe.substring(maybe.indexOf("rsvp.xhtml")).replace("&a=YES", "&a=MAYBE"));
        assertTrue(asked.shows("Spring stamina") && asked.shows("Tuesday, March 16, 2027, 12:00 AM CET"), asked.text());
        assertTrue(felix.get("meeting/live.xhtml?m=" + meetingId).shows("0 yes · 0 maybe · 0 no"), "opening the link answered nothing");
        WebClient.Page answered = mayaOutside.submit(asked, "rsvpByMail", button(asked, "rsvpByMail", 1), Map.of());
        assertTrue(answered.shows("Noted as maybe."), answered.text());
        assertTrue(felix.get("meeting/live.xhtml?m=" + meetingId).shows("0 yes · 1 maybe · 0 no"), "Maya's answer counts");
        assertTrue(mayaOutside.get("rsvp.xhtml?k=forged&m=" + meetingId + "&a=YES").shows("This link no longer answers for anyone"));

        // Maya's mail reader stops them with one click: a POST to that address, by nobody signed in.
        WebClient reader = new WebClient(deployment);
        String stopAddress = stop.substring(stop.indexOf("/api/mail/stop?k=") + 1, stop.length() - 1);
        var stopped = reader.raw(HttpRequest.newBuilder(reader.base().resolve(stopAddress)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("\"kind\":\"reminders\"") && stopped.body().contains("\"wanted\":false"), stopped.body());
        var forged = reader.raw(HttpRequest.newBuilder(reader.base().resolve("api/mail/stop?k=not-a-key")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, forged.statusCode(), "a made-up key stops nothing: " + forged.body());

        // Félix opens the link in his mail: the page asks first, then stops his reminders; he turns them on again.
        String link = Inbox.linkTo(toFelix, "unsubscribe.xhtml");
        WebClient.Page page = reader.get(link.substring(link.indexOf("unsubscribe.xhtml")));
        assertTrue(page.shows("You get these reminders now."), page.text());
        WebClient.Page done = reader.submit(page, "reminders", "stop", Map.of());
        assertTrue(done.shows("Done: no more reminders from Reminded circle."), done.text());
        WebClient.Page again = reader.submit(done, "reminders", "resume", Map.of());
        assertTrue(again.shows("Done: reminders from Reminded circle will come again."), again.text());
        assertTrue(reader.get("unsubscribe.xhtml?k=forged").shows("This link no longer stops anything"));

        // The day before: Félix (on again) is reminded, Maya (stopped) is not.
        assertEquals("1", support("at=2027-03-14T23:30:00Z&meeting=" + meetingId));
        MimeMessage tomorrow = INBOX.await(felixEmail, "Tomorrow", 1, PATIENCE).get(0);
        assertEquals("Tomorrow: Spring stamina", subject(tomorrow));
        assertEquals(List.of(), INBOX.to(mayaEmail, "Tomorrow"), "Maya stopped them");
        assertEquals(1, INBOX.to(samEmail).size(), "Sam, unconfirmed, had only the confirmation: " + INBOX.to(samEmail).size());
    }

    @Test
    void afterAMeetingThoseWhoCameGetItsSummaryMembersWhoMissedItADigestAndGuestsNothing() {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        String samEmail = People.email("Sam");
        String gabrielEmail = People.email("Gabriel");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        Visitors.confirmed(felix, INBOX, felixEmail);
        String slug = Visitors.community(felix, "Summarised circle", "", "PRIVATE");
        WebClient maya = Visitors.registered(deployment, "Maya Chen", mayaEmail);
        Visitors.confirmed(maya, INBOX, mayaEmail);
        Visitors.join(maya, Visitors.invitation(felix, slug, "MEMBER"));
        WebClient sam = Visitors.registered(deployment, "Sam Rivera", samEmail);
        Visitors.confirmed(sam, INBOX, samEmail);
        Visitors.join(sam, Visitors.invitation(felix, slug, "MEMBER"));
        WebClient gabriel = Visitors.registered(deployment, "Gabriel Mendes", gabrielEmail);
        Visitors.confirmed(gabriel, INBOX, gabrielEmail);
        Visitors.join(gabriel, Visitors.invitation(felix, slug, "GUEST"));

        // Félix runs a Consultancy to its recommendations; Maya comes and recommends; Sam and Gabriel miss it.
        long meetingId = Visitors.meetingSoon(felix, slug, "Stamina in March");
        String token = Visitors.apiToken(felix, "script");
        Visitors.move(felix, token, meetingId, "open", -1);
        Visitors.move(felix, token, meetingId, "start", -1);
        Visitors.move(felix, token, meetingId, "next", 0);
        Visitors.move(felix, token, meetingId, "next", 1);
        Visitors.move(felix, token, meetingId, "next", 2);
        Visitors.say(maya, meetingId, "Pair readers by interest <b>first</b>");
        Visitors.move(felix, token, meetingId, "end", 3);

        assertEquals("0", support("action=summarise&after=PT5M&meeting=" + meetingId), "not yet: time to tidy the record");
        assertEquals("3", support("action=summarise&after=PT31M&meeting=" + meetingId), "Félix and Maya a summary, Sam a digest");
        assertEquals("0", support("action=summarise&after=PT32M&meeting=" + meetingId), "once");

        MimeMessage summary = INBOX.await(mayaEmail, "What we said", 1, PATIENCE).get(0);
        assertEquals("What we said: Stamina in March", subject(summary));
        String summaryText = Inbox.part(summary, "text/plain");
        assertTrue(summaryText.contains("Thank you for taking part in Stamina in March (Summarised circle)"), summaryText);
        assertTrue(summaryText.contains("- Pair readers by interest <b>first</b>"), summaryText);
        assertTrue(Inbox.part(summary, "text/html").contains("<li>Pair readers by interest &lt;b&gt;first&lt;/b&gt;</li>"), "typed text is text");
        assertTrue(summaryText.contains("/meeting/record.xhtml?m=" + meetingId), summaryText);
        assertTrue(Inbox.header(summary, "List-Unsubscribe").contains("kind=summaries"), Inbox.header(summary, "List-Unsubscribe"));
        assertEquals(1, INBOX.await(felixEmail, "What we said", 1, PATIENCE).size());

        MimeMessage digest = INBOX.await(samEmail, "You missed", 1, PATIENCE).get(0);
        String digestText = Inbox.part(digest, "text/plain");
        assertTrue(digestText.contains("You missed Stamina in March (Summarised circle)") && digestText.contains("2 people came."), digestText);
        assertTrue(digestText.contains("- Pair readers by interest"), digestText);
        assertTrue(digestText.contains("The record takes comments until"), digestText);
        assertEquals(1, INBOX.to(gabrielEmail).size(), "the guest who missed it had only his confirmation");

        // Sam stops the digests from the page the mail's link opens; his community page says so; reminders stay on.
        String link = Inbox.linkTo(digest, "unsubscribe.xhtml");
        WebClient reader = new WebClient(deployment);
        WebClient.Page page = reader.get(link.substring(link.indexOf("unsubscribe.xhtml")));
        assertTrue(page.shows("You get these digests now."), page.text());
        WebClient.Page done = reader.submit(page, "reminders", "stop", Map.of());
        assertTrue(done.shows("Done: no more digests from Summarised circle."), done.text());
        String community = sam.get("community/view.xhtml?c=" + slug).html();
        assertTrue(checked(community, "remindMe") && checked(community, "summariesMe") && !checked(community, "digestsMe"), community);

        // The community chooses to mail the summary to all members: Sam, who misses the next meeting too, gets it.
        WebClient.Page saved = felix.submit(felix.get("community/settings.xhtml?c=" + slug), "settings", "save", Map.of("name", "Summarised circle",
                "description", "", "visibility", "PRIVATE", "timeZone_input", "America/Toronto", "commentDays_hinput", "14", "summariesToAll_input", "on"));
        assertTrue(saved.shows("The community’s settings are saved."), saved.text());
        long next = Visitors.meetingSoon(felix, slug, "Stamina in April");
        Visitors.move(felix, token, next, "open", -1);
        Visitors.move(felix, token, next, "start", -1);
        maya.get("meeting/live.xhtml?m=" + next);
        Visitors.move(felix, token, next, "end", 0);
        assertEquals("3", support("action=summarise&after=PT31M&meeting=" + next), "a summary to Félix, Maya and Sam; the guest nothing");
        String toSam = Inbox.part(INBOX.await(samEmail, "What we said", 1, PATIENCE).get(0), "text/plain");
        assertTrue(toSam.contains("Here is what Stamina in April (Summarised circle)"), toSam);
        assertEquals(1, INBOX.to(gabrielEmail).size());
    }

    /** Whether the community page's mail choice is ticked. */
    private static boolean checked(String html, String checkbox) {
        Matcher input = Pattern.compile("<input[^>]*id=\"reminders:" + checkbox + "_input\"[^>]*>").matcher(html);
        assertTrue(input.find(), "no " + checkbox + " on the page");
        return input.group().contains("checked");
    }

    /** The id, within its form, of the n-th answer button ("Yes", "Maybe", "No") of the page's repeated buttons. */
    private static String button(WebClient.Page page, String form, int n) {
        Matcher found = Pattern.compile("name=\"" + form + ":([^\"]*:" + n + ":answer)\"").matcher(page.html());
        assertTrue(found.find(), page.html());
        return found.group(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String support(String form) {
        WebClient client = new WebClient(deployment);
        var response = client.raw(HttpRequest.newBuilder(client.base().resolve("test-support/reminders"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
