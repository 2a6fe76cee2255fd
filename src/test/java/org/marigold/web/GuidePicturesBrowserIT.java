package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.browser.DashboardPage;
import org.marigold.browser.GroupPage;
import org.marigold.browser.JoinPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.browser.MembersPage;
import org.marigold.support.Deployments;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The member's and facilitator's guides in French and Spanish show the pages as a French or Spanish reader sees them,
 * in the demo community's month's meeting, run from the presentation to its shared record. The pictures are written
 * into docs/images/fr and docs/images/es with {@code -Dscreenshots.dir=$PWD/docs/images}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class GuidePicturesBrowserIT {

    private static final String SLUG = "district-literacy-community-of-practice";
    private static final List<String> LANGUAGES = List.of("fr", "es");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withDemoData(Deployments.marigold());
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aFrenchOrSpanishMemberSeesEachPageOfTheirGuideInTheirLanguage() throws Exception {
        try (Browser amara = Browser.open(deployment.toURI(), Browser.LAPTOP);
             Browser felix = Browser.open(deployment.toURI(), Browser.LAPTOP)) {
            LoginPage.logIn(amara, "amara@example.org", "demo-admin-2026");
            amara.go("community/members.xhtml?c=" + SLUG);
            String link = new MembersPage(amara).invitationLink("Member");

            // Félix starts the month's meeting, so that its presentation is on the members' phones.
            LoginPage.logIn(felix, "felix@example.org", "demo-facilitator-2026");
            felix.go("community/view.xhtml?c=" + SLUG);
            felix.click(By.id("goToMeeting"));
            felix.click(By.id("consoleForm:open"));
            felix.click(By.id("consoleForm:start"));
            felix.waitFor(() -> "the first phase", d -> d.findElement(By.id("phaseTitle")).getText().equals("Problem presentation"));
            String meeting = felix.driver().getCurrentUrl();

            for (String language : LANGUAGES) {
                ResourceBundle words = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
                try (Browser newcomer = Browser.open(deployment.toURI(), Browser.PHONE, language)) {
                    JoinPage.open(newcomer, link);
                    assertEquals(language, newcomer.driver().findElement(By.tagName("html")).getAttribute("lang"));
                    newcomer.capture(language + "/phone-invitation");
                }
                try (Browser sam = Browser.open(deployment.toURI(), Browser.PHONE, language)) {
                    LoginPage.logIn(sam, "sam@example.org", "demo-member-2026");
                    sam.click(By.cssSelector("#languages button[value='" + language + "']"));
                    sam.waitFor(() -> "the page in " + language,
                            d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));

                    sam.goTo(meeting);
                    String presentation = words.getString("protocol.consultancy.0.title");
                    sam.waitFor(() -> presentation, d -> d.findElement(By.id("phaseTitle")).getText().equals(presentation));
                    sam.capture(language + "/member-presentation");

                    sam.go("meeting/meetings.xhtml?c=" + SLUG + "&when=past");
                    sam.click(By.cssSelector("a[href*='meeting/record.xhtml']"));
                    sam.waitForText(words.getString("protocol.consultancy.3.title"));
                    sam.capture(language + "/record-phone");

                    sam.go("library/browse.xhtml?c=" + SLUG);
                    sam.visible(By.id("results"));
                    assertTrue(sam.text(By.tagName("h1")).contains(words.getString("library.heading")), sam.text(By.tagName("h1")));
                    sam.capture(language + "/library-phone");
                }
            }
            facilitatorsGuide(felix, meeting);
            chatAndTuning(felix);
        }
    }

    /** A chat's answers on Sam's phone, and warm and cool feedback in a Tuning, each in French and in Spanish. */
    private void chatAndTuning(Browser felix) throws Exception {
        speak(felix, "en", null); // the meetings are planned in English, by the protocols' English names
        WebClient planner = demo("felix@example.org", "demo-facilitator-2026");
        String token = Visitors.apiToken(planner, "guide pictures");
        WebClient sam = demo("sam@example.org", "demo-member-2026");
        WebClient amara = demo("amara@example.org", "demo-admin-2026");

        long chat = Visitors.meetingSoon(planner, SLUG, "Reading stamina chat", "Chat");
        Visitors.move(planner, token, chat, "open", -1);
        Visitors.move(planner, token, chat, "start", -1);
        Visitors.move(planner, token, chat, "next", 0);
        said(sam, chat, "Twenty minutes, with a book they chose themselves.");
        said(amara, chat, "Book clubs keep them reading.");
        phonePictures("meeting/live.xhtml?m=" + chat, "Book clubs keep them reading.", "chat-phone");

        long tuning = Visitors.meetingSoon(planner, SLUG, "Tuning: our reading logs", "Tuning");
        Visitors.move(planner, token, tuning, "open", -1);
        Visitors.move(planner, token, tuning, "start", -1);
        for (int phase = 0; phase < 3; phase++) {
            Visitors.move(planner, token, tuning, "next", phase);
        }
        try (Browser phone = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(phone, "sam@example.org", "demo-member-2026");
            speak(phone, "en", null);
            MeetingPage page = MeetingPage.open(phone, phone.driver().getCurrentUrl().replaceAll("/marigold/.*", "/marigold/")
                    + "meeting/live.xhtml?m=" + tuning);
            page.giveFeedback("Warm", "The reading log makes each student's progress visible.");
            page.giveFeedback("Cool", "Where do the students choose their books?");
        }
        phonePictures("meeting/live.xhtml?m=" + tuning, "Where do the students choose their books?", "member-tuning-feedback");
    }

    /** Sam's phone, in French and then Spanish, on this page once it shows this contribution. */
    private void phonePictures(String path, String contribution, String picture) throws Exception {
        for (String language : LANGUAGES) {
            try (Browser phone = Browser.open(deployment.toURI(), Browser.PHONE, language)) {
                LoginPage.logIn(phone, "sam@example.org", "demo-member-2026");
                speak(phone, language, null);
                phone.go(path);
                new MeetingPage(phone).waitForContribution(contribution);
                showing(phone, contribution);
                phone.capture(language + "/" + picture);
            }
        }
    }

    /**
     * The facilitator's guide's pictures, Félix reading French and then Spanish at each step of the month's meeting:
     * the questions sorted, every group at a glance (and Sam's group on his phone, for the member's guide), the
     * recommendations, the record shared with someone outside, the attendance and the series.
     */
    private void facilitatorsGuide(Browser felix, String meeting) throws Exception {
        long meetingId = Long.parseLong(meeting.replaceAll(".*[?&]m=(\\d+).*", "$1"));
        WebClient sam = demo("sam@example.org", "demo-member-2026");
        WebClient amara = demo("amara@example.org", "demo-admin-2026");
        MeetingPage console = new MeetingPage(felix);
        console.next();
        said(sam, meetingId, "How long do they read on their own now?");
        said(amara, meetingId, "Which texts do they choose?");
        pictured(felix, console, meeting, "Which texts do they choose?", "facilitator-sorting-questions");

        // One group of the people here; Sam writes in it from his phone.
        speak(felix, "en", meeting);
        console.formGroups(1);
        console.next();
        for (String language : LANGUAGES) {
            try (Browser phone = Browser.open(deployment.toURI(), Browser.PHONE, language)) {
                LoginPage.logIn(phone, "sam@example.org", "demo-member-2026");
                speak(phone, language, null);
                phone.goTo(meeting);
                phone.waitFor(() -> "Sam's group", d -> d.getCurrentUrl().contains("/meeting/group.xhtml")
                        || !d.findElements(By.cssSelector("a[href*='meeting/group.xhtml']")).isEmpty());
                if (!phone.driver().getCurrentUrl().contains("/meeting/group.xhtml")) {
                    phone.click(By.cssSelector("a[href*='meeting/group.xhtml']"));
                }
                phone.waitForPath("/meeting/group.xhtml");
                GroupPage group = new GroupPage(phone);
                if ("fr".equals(language)) {
                    group.addNote("Reading logs became a chore: let them choose how to show their reading");
                }
                group.waitForNote("Reading logs became a chore: let them choose how to show their reading");
                phone.capture(language + "/breakout-group-phone");
            }
            speak(felix, language, meeting);
            felix.waitForText("Reading logs became a chore");
            showing(felix, "Reading logs became a chore");
            felix.capture(language + "/breakout-overview-laptop");
        }

        console.next();
        said(sam, meetingId, "Let each reader choose how to show their reading for a month");
        pictured(felix, console, meeting, "Let each reader choose how to show their reading for a month", "facilitator-recommendations");
        speak(felix, "en", meeting);
        console.end();
        felix.waitFor(() -> "the meeting ended", d -> d.findElements(By.id("consoleForm:next")).isEmpty());

        felix.go("meeting/record.xhtml?m=" + meetingId);
        felix.click(By.id("share:shareRecord"));
        String link = felix.visible(By.id("share:shareLink")).getText();
        for (String language : LANGUAGES) {
            try (Browser outsider = Browser.open(deployment.toURI(), Browser.PHONE, language)) {
                outsider.goTo(link);
                outsider.waitForText("Let each reader choose how to show their reading for a month");
                assertEquals(language, outsider.driver().findElement(By.tagName("html")).getAttribute("lang"));
                outsider.capture(language + "/outsider-shared-record-phone");
            }
            speak(felix, language, null);
            DashboardPage.open(felix, SLUG).attendance("Monthly Consultancy: reading stamina in grade 3");
            felix.capture(language + "/attendance-laptop");
            felix.go("schedule/series.xhtml?c=" + SLUG);
            felix.capture(language + "/series-laptop");
        }
    }

    /** Switches this person's pages to the language (their profile keeps it), then opens the address if one is given. */
    private static void speak(Browser browser, String language, String address) {
        if (!language.equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.click(By.cssSelector("#languages button[value='" + language + "']"));
            browser.waitFor(() -> "the page in " + language, d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
        if (address != null) {
            browser.goTo(address);
            browser.visible(By.id("meetingTitle"));
        }
    }

    /** Félix's page in each language, with this contribution in the middle of his screen. */
    private static void pictured(Browser felix, MeetingPage console, String meeting, String contribution, String picture) {
        for (String language : LANGUAGES) {
            speak(felix, language, meeting);
            console.waitForContribution(contribution);
            showing(felix, contribution);
            felix.capture(language + "/" + picture);
        }
    }

    /** Scrolls what holds these words to the middle of the screen, where a reader of the guide looks. */
    private static void showing(Browser browser, String words) {
        WebElement holder = browser.driver().findElement(By.xpath("(//*[text()[contains(., '" + words + "')]])[last()]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", holder);
    }

    /** A demo person logged in for requests of their own, without a browser. */
    private WebClient demo(String email, String password) {
        WebClient client = new WebClient(deployment);
        WebClient.Page home = client.submit(client.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", password));
        assertTrue(!home.uri().getPath().endsWith("/login.xhtml"), "logged in: " + home.text());
        return client;
    }

    /** Says something in the meeting from a person's own page (Maya presents: the others ask and recommend). */
    private static void said(WebClient person, long meetingId, String text) {
        Visitors.say(person, meetingId, text);
    }
}
