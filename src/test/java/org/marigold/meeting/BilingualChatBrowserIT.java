package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;

/**
 * A bilingual department hosts a district chat in English and French: the facilitator writes a question in both, each
 * participant is shown theirs first and may show the other, and answers come in both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class BilingualChatBrowserIT {

    private static final String Q1_EN = "What helped your readers most this week?";
    private static final String Q1_FR = "Qu’est-ce qui a le plus aidé vos lecteurs cette semaine ?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void eachParticipantReadsTheQuestionInTheirLanguageFirstAndCanShowTheOther() {
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        String noorEmail = People.email("Noor");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felix, "Bilingual readers", "", "PRIVATE");
        long meetingId = Visitors.meetingSoon(felix, slug, "Reading #edchat / #clavardage", "Chat (#edchat");
        String token = Visitors.apiToken(felix, "run");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Noor Haddad", noorEmail), Visitors.invitation(felix, slug, "MEMBER"));

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE);
             Browser noorBrowser = Browser.open(base, Browser.PHONE, "fr")) {
            // Félix writes Q1 as the chat asks it, then in French too, on the meeting's preparation page.
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            felixBrowser.go("meeting/prepare.xhtml?m=" + meetingId);
            felixBrowser.type(By.id("phases:rows:1:instructions"), Q1_EN);
            felixBrowser.type(By.id("phases:rows:1:texts:1:text"), Q1_FR);
            felixBrowser.click(By.id("phases:savePhases"));
            felixBrowser.waitForText("One phase is saved.");

            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            MeetingPage noor = MeetingPage.logInAndOpen(noorBrowser, noorEmail, meetingId, "fr");
            Visitors.move(felix, token, meetingId, "open", -1);
            Visitors.move(felix, token, meetingId, "start", -1);
            sam.waitForPhase("Welcome and introductions");
            assertNull(sam.otherLanguages(), "the introductions are in one language: nothing else to show");

            // Q1 comes from the push alone: Sam reads it in English, Noor in French; each can show the other.
            Visitors.move(felix, token, meetingId, "next", 0);
            assertEquals(Q1_EN, sam.waitForInstructions(Q1_EN));
            assertEquals(Q1_FR, noor.waitForInstructions(Q1_FR));
            assertEquals("Français: " + Q1_FR, sam.otherLanguages());
            assertEquals("Telle qu’écrite d’abord : " + Q1_EN, noor.otherLanguages(), "punctuated as French is");
            noorBrowser.capture("member-bilingual-chat-fr");

            // Answers come in both languages, each read by everyone.
            noor.say("Les cercles de lecture, sans hésiter.");
            sam.waitForContribution("Les cercles de lecture, sans hésiter.");
            sam.say("A reading buddy for every student.");
            noor.waitForContribution("A reading buddy for every student.");
            assertTrue(sam.contributionText("Les cercles de lecture, sans hésiter.").startsWith("A1"));

            // A reload shows the same: the page renders the reader's language first too.
            noor = noor.reload();
            assertEquals(Q1_FR, noor.waitForInstructions(Q1_FR));
        }
    }
}
