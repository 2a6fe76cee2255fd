package org.marigold.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.browser.RecordPage;
import org.marigold.browser.SeriesPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A facilitator (laptop) starts a weekly series and skips a date; a member (phone) finds the meetings, answers
 * "will you come?" and the facilitator sees the count; the community's calendar address serves the meetings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class ScheduleBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aWeeklySeriesWithASkippedDateAnAnswerAndACalendarAddress() throws Exception {
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Thursday circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Sam Okafor", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        String first = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto")).plusDays(14)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY)).toString();
        String second = java.time.LocalDate.parse(first).plusWeeks(1).toString();
        try (Browser felixBrowser = Browser.open(deployment.toURI(), Browser.LAPTOP);
             Browser samBrowser = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);

            SeriesPage felix = SeriesPage.open(felixBrowser, slug).startWeekly("Thursday circle", "Thursday", first, "19:30");
            assertEquals("Every week on Thursday", felix.rule("Thursday circle"));
            List<String> dates = felix.dates("Thursday circle");
            assertEquals(first, dates.get(0));
            assertEquals(second, dates.get(1));
            felix.skip("Thursday circle", first);
            assertEquals(first + " (cancelled)", felix.dates("Thursday circle").get(0));
            String third = java.time.LocalDate.parse(second).plusWeeks(1).toString();
            felix.move("Thursday circle", third, java.time.LocalDate.parse(third).plusDays(1) + " 18:00");
            assertTrue(felix.when("Thursday circle", third).startsWith("Friday") && felix.when("Thursday circle", third).contains("6:00 PM"),
                    felix.when("Thursday circle", third));
            felixBrowser.capture("series-laptop");

            SeriesPage sam = SeriesPage.open(samBrowser, slug);
            assertEquals(first + " (cancelled)", sam.dates("Thursday circle").get(0), "members see the skipped date too");
            String feedAddress = sam.communityFeed();
            MeetingPage meeting = sam.openMeeting("Thursday circle", second);
            meeting.answerRsvp("Yes");
            assertEquals("1 yes · 0 maybe · 0 no", meeting.rsvpCounts());
            samBrowser.capture("rsvp-phone");
            MeetingPage felixInMeeting = MeetingPage.open(felixBrowser, meeting.url());
            assertEquals("1 yes · 0 maybe · 0 no", felixInMeeting.rsvpCounts());
            meeting.answerRsvp("Maybe");
            felixInMeeting.waitForText("0 yes · 1 maybe · 0 no"); // the counts follow live on the other open page
            assertEquals("Noted as maybe.", samBrowser.text(org.openqa.selenium.By.id("rsvpThanks")), "thanked in the card, which goes when the meeting begins");

            // Presenters take turns: Sam offers to present; Félix's open page names him; his home page reminds him.
            meeting.volunteer("Sam Okafor");
            felixInMeeting.waitForPresenter("Sam Okafor");
            String meetingUrl = meeting.url();
            samBrowser.go("index.xhtml");
            assertTrue(samBrowser.text(org.openqa.selenium.By.id("reminders")).contains("You present at Thursday circle"),
                    samBrowser.text(org.openqa.selenium.By.id("reminders")));
            meeting = MeetingPage.open(samBrowser, meetingUrl);

            // A short meeting, then its record, on the page and as Markdown.
            felixInMeeting.openLobby();
            felixInMeeting.start();
            felixInMeeting.waitForPhase("Problem presentation");
            felixInMeeting.next();
            meeting.waitForPhase("Clarifying questions");
            felixInMeeting.say("How do you group *readers*?"); // Sam presents: the presenter asks no questions
            felixInMeeting.end();
            meeting.waitForText("Read the record");
            samBrowser.click(org.openqa.selenium.By.id("recordLink"));
            samBrowser.waitForText("2. Clarifying questions");
            assertTrue(samBrowser.text(org.openqa.selenium.By.cssSelector(".record-phase")).contains("How do you group *readers*?"));
            assertEquals("2 people came", samBrowser.text(org.openqa.selenium.By.id("attendance")),
                    "Sam, waiting on the page before the lobby opened, counts as present once it did");
            String markdown = (String) ((org.openqa.selenium.JavascriptExecutor) samBrowser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('markdown').href).then(r => r.text()).then(done);");
            assertTrue(markdown.startsWith("# Thursday circle") && markdown.contains("How do you group \\*readers\\*? — Félix Tremblay"), markdown);
            samBrowser.capture("record-phone");

            // Afterwards: Sam says what he tried; Félix comments; the next meeting opens with "last time".
            new RecordPage(samBrowser).tellWhatWasTried("Reader groups by interest for two weeks");
            long recordId = Long.parseLong(java.net.URI.create(samBrowser.driver().getCurrentUrl()).getQuery().replaceAll(".*m=(\\d+).*", "$1"));
            RecordPage felixReading = RecordPage.open(felixBrowser, recordId).comment("Missed the debrief: <b>great</b> questions");
            assertEquals(List.of("Missed the debrief: <b>great</b> questions"), felixReading.comments());
            MeetingPage nextMeeting = SeriesPage.open(felixBrowser, slug).openMeeting("Thursday circle", third);
            String lastTime = nextMeeting.lastTime();
            assertTrue(lastTime.contains("Sam Okafor presented") && lastTime.contains("Reader groups by interest for two weeks"), lastTime);
            felixBrowser.capture("last-time-laptop");
            felixBrowser.go("meeting/meetings.xhtml?c=" + slug + "&when=past&q=thursday");
            assertTrue(felixBrowser.text(org.openqa.selenium.By.id("meetingList")).contains("Thursday circle"));
            assertEquals("One meeting", felixBrowser.text(org.openqa.selenium.By.id("meetingCount")));

            HttpResponse<byte[]> feed = new WebClient(deployment).download(feedAddress.replaceFirst("^https?://[^/]+/[^/]+/", ""));
            String ics = new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(200, feed.statusCode(), ics);
            assertTrue(ics.contains("SUMMARY:Thursday circle") && ics.contains("STATUS:CANCELLED"), ics);
        }
    }
}
