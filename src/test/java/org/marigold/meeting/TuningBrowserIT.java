package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.marigold.browser.MeetingPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;

/**
 * A facilitator and three members run the Tuning protocol: the presenter shares her work, the others give warm and
 * cool feedback while she listens (one of them in French), and the record keeps the two apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class TuningBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aFacilitatorAndThreeMembersGiveWarmAndCoolFeedbackKeptApart() {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        String samEmail = People.email("Sam");
        String noorEmail = People.email("Noor");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Tuning circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Maya Chen", mayaEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Noor Haddad", noorEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        long meetingId = Visitors.meetingSoon(felixSetup, slug, "Tuning the reading unit", "Tuning");

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser mayaBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE);
             Browser noorBrowser = Browser.open(base, Browser.PHONE, "fr")) {
            MeetingPage felix = MeetingPage.logInAndOpen(felixBrowser, felixEmail, meetingId);
            MeetingPage maya = MeetingPage.logInAndOpen(mayaBrowser, mayaEmail, meetingId);
            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            MeetingPage noor = MeetingPage.logInAndOpen(noorBrowser, noorEmail, meetingId, "fr");
            assertTrue(felix.protocolName().startsWith("Tuning"), felix.protocolName());

            maya.volunteer("Maya Chen");
            felix.openLobby();
            felix.start();
            for (MeetingPage screen : List.of(felix, maya, sam)) {
                screen.waitForPhase("Presenter’s overview");
            }
            noor.waitForPhase("Présentation du travail");
            felix.next();
            sam.waitForPhase("Clarifying questions");
            felix.next();
            sam.waitForPhase("Examine the work");
            assertEquals("Silence: read the work and note warm and cool points.", sam.waitForNorm());
            felix.next();
            for (MeetingPage screen : List.of(felix, maya, sam)) {
                screen.waitForPhase("Warm and cool feedback");
            }
            noor.waitForPhase("Rétroaction chaleureuse et froide");

            // The presenter listens: no box, and the page says why; the others choose warm or cool under theirs.
            assertEquals("The presenter listens during this phase, while the group speaks.",
                    maya.waitForWhyNotWriting());
            assertFalse(maya.offersFeedbackTypes());
            assertTrue(sam.offersFeedbackTypes(), "Sam says whether his feedback is warm or cool");
            assertFalse(sam.offersQuestionTypes(), "no kind of question under the feedback box");

            String warm = "The reading log makes each student's progress visible.";
            String cool = "Où les élèves choisissent-ils leurs livres ?";
            String alsoWarm = "The mini-lessons are short and clear.";
            sam.giveFeedback("Warm", warm);
            noor.giveFeedback("Froide", cool);
            felix.giveFeedback("Warm", alsoWarm);
            for (MeetingPage screen : List.of(felix, maya, sam)) {
                screen.waitForContribution(cool);
                screen.waitForContribution(alsoWarm);
                screen.waitForContributionState(warm, text -> text.startsWith("Warm"), "warm");
                screen.waitForContributionState(cool, text -> text.startsWith("Cool"), "cool");
            }
            noor.waitForContributionState(warm, text -> text.startsWith("Chaleureuse"), "chaleureuse, in French");
            noor.waitForContributionState(alsoWarm, text -> text.startsWith("Chaleureuse"), "chaleureuse, in French");
            samBrowser.capture("member-tuning-feedback");

            felix.next();
            maya.waitForPhase("Presenter’s reflection");
            maya.say("I will let them choose their books from the class library.");
            sam.waitForContribution("I will let them choose their books from the class library.");
            assertNull(sam.boxLabel(), "the presenter reflects; the group listens");
            felix.next();
            felix.end();
            felix.waitForPhase("This meeting has ended");

            // Félix shares the record at a secret link; someone outside the community reads it logged out, until he stops.
            felixBrowser.go("meeting/record.xhtml?m=" + meetingId);
            felixBrowser.click(By.id("share:shareRecord"));
            felixBrowser.waitForText("The record is shared: copy the link below.");
            String link = felixBrowser.visible(By.id("share:shareLink")).getText();
            try (Browser outsider = Browser.open(base, Browser.PHONE)) {
                outsider.goTo(link);
                outsider.waitForText("A meeting’s record shared by Tuning circle, read-only.");
                String shared = outsider.text(By.tagName("article"));
                assertTrue(shared.contains("Warm The reading log makes each student's progress visible.") && shared.contains("Sam Rivera"),
                        "what was said, with the names the community's records keep: " + shared);
                assertTrue(outsider.all(By.id("commentForm")).isEmpty() && outsider.all(By.id("loginLink")).size() == 1,
                        "read-only, for someone not logged in");
                outsider.capture("outsider-shared-record-phone");
                felixBrowser.click(By.id("share:unshare"));
                felixBrowser.click(By.cssSelector(".ui-confirmdialog-yes"));
                felixBrowser.waitForText("The record is no longer shared; its link does not work any more.");
                outsider.driver().navigate().refresh();
                outsider.waitForText("Page not found");
            }
        }

        // The record keeps warm and cool feedback apart: the warm first, each in the order said, then the cool.
        WebClient.Page record = felixSetup.get("meeting/record.xhtml?m=" + meetingId);
        String text = record.text();
        int samsWarm = text.indexOf("Warm The reading log");
        int felixWarm = text.indexOf("Warm The mini-lessons");
        int noorsCool = text.indexOf("Cool Où les élèves");
        assertTrue(samsWarm >= 0 && felixWarm > samsWarm && noorsCool > felixWarm, text);
        String markdown = new String(felixSetup.download("api/meetings/" + meetingId + "/record.md").body(), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("*Cool:* Où les élèves choisissent-ils leurs livres ?"), markdown);
    }
}
