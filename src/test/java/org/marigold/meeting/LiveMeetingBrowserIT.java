package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.browser.MeetingPlanPage;
import org.marigold.browser.ProtocolsPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A facilitator, a presenter and a member in three browsers at once, through the whole Consultancy protocol:
 * every screen follows each change live, without reloading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveMeetingBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void threePeopleFollowAConsultancyLive() {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Reading circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Maya Chen", mayaEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser mayaBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE)) {
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            LoginPage.logIn(mayaBrowser, mayaEmail, People.PASSWORD);
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);
            samBrowser.beforeEveryPage(MeetingPage.UNRELIABLE_NETWORK);

            MeetingPage felix = MeetingPlanPage.plan(felixBrowser, slug, "December Consultancy", "2030-12-02 19:30", "Maya Chen");
            assertEquals("Lobby", felix.phaseTitle());
            MeetingPage maya = MeetingPage.open(mayaBrowser, felix.url());
            MeetingPage sam = MeetingPage.open(samBrowser, felix.url());

            maya = maya.prepare().writeProblem("Reading stamina in grade 3", "They lose focus after ten minutes.",
                    "How can every student read for twenty minutes?");
            felix.waitForText("Reading stamina in grade 3");
            sam.waitForText("Reading stamina in grade 3");

            felix = felix.prepare().setPhaseMinutes(1, 8);
            felix.openLobby();
            sam.waitForText("People are gathering.");
            felix.start();
            for (MeetingPage screen : new MeetingPage[] {felix, maya, sam}) {
                screen.waitForPhase("Problem presentation");
            }
            String countdown = sam.waitForTimer("(10|9):\\d\\d");
            assertTrue(countdown.matches("(10|9):\\d\\d"), "the phase's timer counts down from 10 minutes: " + countdown);
            samBrowser.capture("member-presentation");

            felix.next();
            maya.waitForPhase("Clarifying questions");
            sam.waitForPhase("Clarifying questions");
            String questionsCountdown = sam.waitForTimer("[87]:\\d\\d");
            assertTrue(questionsCountdown.matches("[87]:\\d\\d"), "this meeting's copy gives the questions 8 minutes: " + questionsCountdown);
            sam.say("How many students are in the class?");
            maya.waitForContribution("How many students are in the class?");
            felix.waitForContribution("How many students are in the class?");
            maya.answer("How many students are in the class?", "Twenty-four.");
            sam.waitForText("Answer: Twenty-four.");

            felix.next();
            sam.waitForPhase("Breakout research");
            sam.say("Look at the Daily 5 stamina routine.");
            felix.waitForContribution("Look at the Daily 5 stamina routine.");

            sam.missPushes();
            felix.next();
            assertEquals("Breakout research", sam.phaseTitle(), "the push was lost on the failing connection");
            sam.connectionBreaksAndRecovers();
            sam.waitForPhase("Recommendations");
            sam.say("Start student-led book clubs.");
            maya.waitForContribution("Start student-led book clubs.");
            maya.pick("Start student-led book clubs.");
            sam.waitForText("Will try");
            felixBrowser.capture("facilitator-recommendations");

            felix.next();
            maya.waitForPhase("Presenter reflection");
            maya.say("I will start book clubs in January.");
            sam.waitForContribution("I will start book clubs in January.");

            felix.next();
            sam.waitForPhase("Debrief");
            sam.say("Short questions first made the breakout sharper.");
            felix.waitForContribution("Short questions first made the breakout sharper.");

            felix.end();
            for (MeetingPage screen : new MeetingPage[] {felix, maya, sam}) {
                screen.waitForPhase("This meeting has ended");
            }
            samBrowser.capture("member-ended");
        }
    }

    /**
     * While questions come in, a member supports one and the facilitator sorts them: holds one for later, marks one
     * answered, folds a duplicate into the question it repeats. Both screens follow each step.
     */
    @Test
    void aFacilitatorSortsTheQuestionsWhileAMemberSupportsOne() {
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Sorting circle", "", "PRIVATE");
        long meetingId = Visitors.meetingSoon(felixSetup, slug, "Questions to sort");
        String token = Visitors.apiToken(felixSetup, "run");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        WebClient maya = Visitors.registered(deployment, "Maya Chen");
        Visitors.join(maya, Visitors.invitation(felixSetup, slug, "MEMBER"));
        felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"open\",\"expectedPhase\":-1}");
        felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"start\",\"expectedPhase\":-1}");
        felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"next\",\"expectedPhase\":0}");
        Visitors.say(maya, meetingId, "How many students are in the class?");
        Visitors.say(maya, meetingId, "How many kids are in that class?");
        Visitors.say(maya, meetingId, "What have you tried so far?");

        URI base = WebClient.local(deployment);
        String live = base.resolve("meeting/live.xhtml?m=" + meetingId).toString();
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE)) {
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);
            MeetingPage felix = MeetingPage.open(felixBrowser, live);
            MeetingPage sam = MeetingPage.open(samBrowser, live);
            sam.waitForContribution("What have you tried so far?");

            sam.press("What have you tried so far?", "Like · 0", text -> text.contains("Like · 1"), "one like");
            assertEquals("Like · 1 (pressed)", sam.voteButton("What have you tried so far?"));
            felix.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Like · 1"), "Sam's like");
            assertEquals("Like · 1", felix.voteButton("What have you tried so far?"), "Félix did not press it himself");

            felix.press("What have you tried so far?", "Hold for later", text -> text.contains("Held for later"), "held");
            sam.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Held for later"), "held");
            felix.press("How many students are in the class?", "Mark answered", text -> text.contains("Answered"), "answered");
            sam.waitForContributionState("How many students are in the class?", text -> text != null && text.contains("Answered"), "answered");

            felix.merge("How many kids are in that class?", "How many students are in the class?");
            sam.waitForContributionState("How many kids are in that class?", java.util.Objects::isNull, "gone: merged");
            assertEquals(2, sam.contributionCount());
            felixBrowser.capture("facilitator-sorting-questions");
        }
    }

    /**
     * A big group asks more questions than a phone should receive again with every update: the page shows the latest
     * 40, says how many earlier ones are hidden, and shows them all when asked, still following what is said.
     */
    @Test
    void aBigGroupsQuestionsShowTheLatestUntilSomeoneAsksForAll() {
        String samEmail = People.email("Sam");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay");
        String slug = Visitors.community(felix, "Big circle", "", "PRIVATE");
        long meetingId = Visitors.meetingSoon(felix, slug, "Province-wide questions");
        String token = Visitors.apiToken(felix, "run");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
        felix.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"open\",\"expectedPhase\":-1}");
        felix.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"start\",\"expectedPhase\":-1}");
        felix.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"next\",\"expectedPhase\":0}");
        int asked = 0;
        for (int person = 1; person <= 9; person++) {
            WebClient member = Visitors.registered(deployment, "Member " + person);
            Visitors.join(member, Visitors.invitation(felix, slug, "MEMBER"));
            for (int question = 0; question < 5; question++) { // five each: the posting pace allows five in a row
                asked++;
                Visitors.say(member, meetingId, "Question " + asked + "?");
            }
        }

        try (Browser samBrowser = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);
            MeetingPage sam = MeetingPage.open(samBrowser, WebClient.local(deployment).resolve("meeting/live.xhtml?m=" + meetingId).toString());
            sam.waitForPhase("Clarifying questions");
            assertEquals(40, sam.contributionCount(), "the latest forty of " + asked);
            sam.waitForText("5 earlier contributions are hidden to keep the page light.");
            assertTrue(sam.contributionText("Question 45?") != null && sam.contributionText("Question 6?") != null
                    && sam.contributionText("Question 5?") == null, "the oldest five are the ones hidden");

            sam.showAll();
            assertEquals(45, sam.contributionCount());
            assertTrue(sam.contributionText("Question 1?") != null, "the first question is there again");
            sam.say("Question 46?");
            assertEquals(46, sam.contributionCount(), "the whole phase stays on screen as more is said");

            sam.showLatest();
            assertEquals(40, sam.contributionCount());
            sam.waitForText("6 earlier contributions are hidden to keep the page light.");
            assertTrue(sam.contributionText("Question 46?") != null && sam.contributionText("Question 6?") == null);
        }
    }

    @Test
    void aFacilitatorAdaptsAProtocolForTheCommunity() {
        String email = People.email("Felix");
        WebClient setup = Visitors.registered(deployment, "Félix Tremblay", email);
        String slug = Visitors.community(setup, "Protocol circle", "", "PRIVATE");
        try (Browser browser = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            LoginPage.logIn(browser, email, People.PASSWORD);
            ProtocolsPage protocols = ProtocolsPage.open(browser, slug);
            ProtocolsPage.Editor editor = protocols.copy("Consultancy (as our communities run it)");
            assertEquals(6, editor.phaseCount());
            editor.rename("Consultancy, short version");
            editor.removePhase(3);
            editor.setMinutes(1, 8);
            editor.save();
            assertEquals(5, editor.phaseCount());
            ProtocolsPage reopened = ProtocolsPage.open(browser, slug);
            assertTrue(reopened.names().contains("Consultancy, short version"), reopened.names().toString());
            assertEquals("Ours · 48 min", reopened.badgeOf("Consultancy, short version"), "60 minutes, less the 15 removed, plus 3");
        }
    }
}
