package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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
@Tag("browser")
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
        WebClient noor = Visitors.registered(deployment, "Noor Haddad", People.email("Noor"));
        Visitors.join(noor, Visitors.invitation(felixSetup, slug, "MEMBER"));

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

            // The questions show nothing yet: Sam's page moves to them from the push alone, its box now shown (the same
            // element: no re-render), and what he asks goes to the phase his page shows.
            sam.markTheBox();
            felix.next();
            maya.waitForPhase("Clarifying questions");
            sam.waitForPhase("Clarifying questions");
            sam.waitForText("Your question for the presenter");
            // The facilitator's run sheet: the questions under way, with this meeting's 8 minutes, and the end ahead.
            String questionsRow = felix.runSheetRowNow("Clarifying questions");
            assertTrue(questionsRow.contains("8 min"), questionsRow);
            assertTrue(felix.runSheetSummary().matches("Run sheet · Ends about .+ at this pace \\(planned .+\\) · (On time|\\d+ min under) so far"),
                    felix.runSheetSummary());
            assertFalse(sam.hasRunSheet(), "the run sheet is the facilitator's");
            // The protocol as a script: the facilitator's cue card, and the norm everyone sees (Sam's from the push alone).
            assertTrue(felix.cueCard().contains("re-tag it or hold it for later"), felix.cueCard());
            assertNull(sam.cueCard(), "the cue card is the facilitator's");
            assertEquals("Brief, factual questions; the presenter answers briefly.", sam.waitForNorm());
            assertTrue(sam.showsTheMarkedBox(), "Sam's page stepped to the questions from the push, with no re-render");
            assertTrue(sam.offersQuestionTypes(), "a member asking says whether it is a clarifying or a probing question");
            // The presenter is asked and does not ask: no box for a question, and the page says why.
            assertEquals("Questions are for you, the presenter: answer them as they come.", maya.waitForWhyNotWriting());
            assertNull(maya.boxLabel(), "the presenter is not offered \"Your question for the presenter\"");
            String questionsCountdown = sam.waitForTimer("[87]:\\d\\d");
            assertTrue(questionsCountdown.matches("[87]:\\d\\d"), "this meeting's copy gives the questions 8 minutes: " + questionsCountdown);
            sam.say("How many students are in the class?");
            maya.waitForContribution("How many students are in the class?");
            felix.waitForContribution("How many students are in the class?");
            maya.answer("How many students are in the class?", "Twenty-four.");
            sam.waitForText("Answer: Twenty-four.");
            // Sent as clarifying (the box's default), though it asks Maya to think: Félix makes it probing, and Sam is told why.
            String reallyProbing = "What would change if they chose their own books?";
            sam.say(reallyProbing);
            felix.press(reallyProbing, "Make it probing", text -> text != null && text.startsWith("Probing"), "probing");
            sam.waitForContributionState(reallyProbing, text -> text != null && text.startsWith("Probing")
                    && text.contains("Félix Tremblay made this a probing question: it asks the presenter to think further, not for a fact."),
                    "probing, and why");
            maya.waitForContributionState(reallyProbing, text -> text != null && text.startsWith("Probing"), "probing");
            assertFalse(maya.contributionText(reallyProbing).contains("made this"), "only the asker is told");

            // Félix names Sam the note-taker: Sam's page offers him the notes, which Maya reads as he saves them.
            felix.nameNoteTaker("Sam Rivera");
            sam.saveNotes("Class of 24; book choice matters.");
            assertEquals("Class of 24; book choice matters.", maya.waitForRunningNotes("Class of 24; book choice matters."));

            // Nothing typed is lost: not on a reload, not on a phase change; what is sent is not put back.
            sam.typeWithoutSending("What do they read at home?");
            sam = sam.reload();
            assertTrue(sam.waitForBoxToHold("What do they read at home?"), "the page says the unsent text is back");
            felix.next();
            sam.waitForPhase("Breakout research");
            sam.waitForBoxToHold("What do they read at home?");
            sam.say("Look at the Daily 5 stamina routine.");
            felix.waitForContribution("Look at the Daily 5 stamina routine.");
            sam = sam.reload();
            assertEquals("", sam.boxText(), "what was sent is not put back");

            sam.missPushes();
            felix.next();
            assertEquals(200, noor.get(felix.url().substring(felix.url().indexOf("meeting/live.xhtml"))).status(), "Noor arrives late");
            felix.waitForText("Here now (4)");
            assertEquals("Breakout research", sam.phaseTitle(), "the push was lost on the failing connection");
            sam.connectionBreaksAndRecovers();
            sam.waitForPhase("Recommendations");
            sam.waitForText("Here now (4)"); // catching up brings everything, who came meanwhile included
            assertEquals("Your recommendation", sam.boxLabel());
            assertFalse(sam.offersQuestionTypes(), "no kind of question under the recommendation box");
            maya.waitForPhase("Recommendations");
            assertEquals("Recommendations are for you, the presenter: mark the ones you will try.", maya.waitForWhyNotWriting());
            assertNull(maya.boxLabel(), "the presenter is not offered \"Your recommendation\"");
            sam.say("Start student-led book clubs.");
            maya.waitForContribution("Start student-led book clubs.");
            maya.pick("Start student-led book clubs.");
            sam.waitForText("Will try");
            felixBrowser.capture("facilitator-recommendations");

            felix.next();
            maya.waitForPhase("Presenter reflection");
            sam.waitForPhase("Presenter reflection");
            assertEquals("The presenter has the floor in this phase; everyone else listens.", sam.waitForWhyNotWriting());
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
        Visitors.move(felixSetup, token, meetingId, "open", -1);
        Visitors.move(felixSetup, token, meetingId, "start", -1);
        Visitors.move(felixSetup, token, meetingId, "next", 0);
        Visitors.say(maya, meetingId, "How many students are in the class?");
        Visitors.say(maya, meetingId, "How many kids are in that class?");
        Visitors.say(maya, meetingId, "What have you tried so far?");

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE)) {
            MeetingPage felix = MeetingPage.logInAndOpen(felixBrowser, felixEmail, meetingId);
            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            sam.waitForContribution("What have you tried so far?");

            // A like: the push carries the count, which Félix's page puts on the button itself (its list is not rendered
            // again); Sam's own page is answered with the count and the button pressed, its list not rendered again either.
            felix.markTheList();
            sam.markTheList();
            sam.press("What have you tried so far?", "Like · 0", text -> text.contains("Like · 1"), "one like");
            sam.waitForVoteButton("What have you tried so far?", "Like · 1 (pressed)");
            felix.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Like · 1"), "Sam's like");
            assertEquals("Like · 1", felix.voteButton("What have you tried so far?"), "Félix did not press it himself");
            assertTrue(felix.showsTheMarkedList(), "the like's count came with its push, with no re-render of Félix's list");
            assertTrue(sam.showsTheMarkedList(), "Sam's like was answered with its count, with no re-render of his list");
            // Taken back: the button is no longer pressed, on both pages the count is down again.
            sam.press("What have you tried so far?", "Like · 1", text -> text.contains("Like · 0"), "the like taken back");
            sam.waitForVoteButton("What have you tried so far?", "Like · 0");
            felix.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Like · 0"), "taken back");
            assertTrue(sam.showsTheMarkedList() && felix.showsTheMarkedList(), "still no re-render of either list");

            felix.press("What have you tried so far?", "Hold for later", text -> text.contains("Held for later"), "held");
            sam.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Held for later"), "held");
            felix.waitForText("Held for later (1)");
            assertEquals(List.of("What have you tried so far?"), felix.heldQuestions(), "the facilitators' list of what waits");
            assertTrue(samBrowser.all(org.openqa.selenium.By.id("heldQuestions")).isEmpty(), "the list is the facilitators'");
            felix.press("How many students are in the class?", "Mark answered", text -> text.contains("Answered"), "answered");
            sam.waitForContributionState("How many students are in the class?", text -> text != null && text.contains("Answered"), "answered");

            felix.merge("How many kids are in that class?", "How many students are in the class?");
            sam.waitForContributionState("How many kids are in that class?", java.util.Objects::isNull, "gone: merged");
            assertEquals(2, sam.contributionCount());

            // A question asked now reaches both pages (Sam's adds it from the push) and its buttons work at once.
            Visitors.say(maya, meetingId, "Which texts do they choose?");
            felix.waitForContribution("Which texts do they choose?");
            sam.press("Which texts do they choose?", "Like · 0", text -> text.contains("Like · 1"), "Sam's like");
            felix.waitForContributionState("Which texts do they choose?", text -> text != null && text.contains("Like · 1"), "Sam's like");
            assertTrue(sam.contributionText("Which texts do they choose?").contains("Maya Chen"), "who asked it");
            felixBrowser.capture("facilitator-sorting-questions");

            // The demo's protocol has one questions phase: the held question waits in the facilitators' list, and comes
            // back in a later phase for everyone.
            Visitors.move(felixSetup, token, meetingId, "next", 1);
            felix.waitForPhase("Breakout research");
            sam.waitForPhase("Breakout research");
            assertEquals(null, sam.contributionText("What have you tried so far?"), "not shown by itself in the breakouts");
            felix.bringBack("What have you tried so far?");
            sam.waitForContributionState("What have you tried so far?", text -> text != null && text.contains("Brought back"), "brought back");
            assertTrue(felix.heldQuestions().isEmpty(), "it no longer waits");
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
        String token = Visitors.apiToken(felix, "run");
        Started started = startedWithSam(felix, token, "Big circle", "Province-wide questions", samEmail);
        String slug = started.slug();
        long meetingId = started.meetingId();
        Visitors.move(felix, token, meetingId, "next", 0);
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
            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
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

            // Someone else asks: the page adds it, still shows forty, and counts one more hidden.
            WebClient late = Visitors.registered(deployment, "Member 10");
            Visitors.join(late, Visitors.invitation(felix, slug, "MEMBER"));
            Visitors.say(late, meetingId, "Question 47?");
            sam.waitForContribution("Question 47?");
            assertTrue(sam.addedFromPush("Question 47?"), "the page added it from the push, without rendering the list again");
            sam.waitForText("7 earlier contributions are hidden to keep the page light.");
            assertEquals(40, sam.contributionCount());
            assertTrue(sam.contributionText("Question 7?") == null && sam.contributionText("Question 8?") != null);
        }
    }

    /** An #edchat-style session: questions come one by one; people answer (A1, A2), reply to each other, follow live. */
    @Test
    void aChatReleasesQuestionsAndPeopleAnswerAndReply() {
        String samEmail = People.email("Sam");
        String mayaEmail = People.email("Maya");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay");
        String slug = Visitors.community(felix, "Chat circle", "", "PRIVATE");
        long meetingId = Visitors.meetingSoon(felix, slug, "Reading stamina #edchat", "Chat (#edchat");
        String token = Visitors.apiToken(felix, "run");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Maya Chen", mayaEmail), Visitors.invitation(felix, slug, "MEMBER"));
        WebClient.Page preparing = felix.get("meeting/prepare.xhtml?m=" + meetingId);
        assertTrue(!preparing.html().contains("id=\"problem\"") && !preparing.html().contains("people:presenter"),
                "preparing a chat asks for no problem of practice and no presenter");
        assertTrue(preparing.html().contains("people:coFacilitators"), "co-facilitators are still chosen there");
        Visitors.move(felix, token, meetingId, "open", -1);

        URI base = WebClient.local(deployment);
        try (Browser samBrowser = Browser.open(base, Browser.PHONE);
             Browser mayaBrowser = Browser.open(base, Browser.LAPTOP)) {
            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            MeetingPage maya = MeetingPage.logInAndOpen(mayaBrowser, mayaEmail, meetingId);
            sam.waitForText("Here now (3)"); // Maya's arrival (after Félix's and Sam's), added to Sam's page from its push
            assertTrue(samBrowser.text(org.openqa.selenium.By.id("presentNames")).contains("Maya Chen"));
            Visitors.move(felix, token, meetingId, "start", -1);
            Visitors.move(felix, token, meetingId, "next", 0);
            sam.waitForPhase("Q1");
            maya.waitForPhase("Q1");
            sam.waitForText("Your answer");
            assertTrue(samBrowser.all(org.openqa.selenium.By.id("rsvp")).isEmpty(), "no more \"Will you come?\" once it began");
            assertTrue(!samBrowser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText().contains("Problem of practice"),
                    "a chat has no problem of practice");

            sam.say("We read fifteen minutes a day.");
            maya.waitForContribution("We read fifteen minutes a day.");
            assertTrue(maya.contributionText("We read fifteen minutes a day.").startsWith("A1"),
                    maya.contributionText("We read fifteen minutes a day."));
            maya.reply("We read fifteen minutes a day.", "Same here, with a sand timer.");
            sam.waitForReply("We read fifteen minutes a day.", "Same here, with a sand timer.");

            Visitors.move(felix, token, meetingId, "next", 1);
            sam.waitForPhase("Q2");
            maya.waitForPhase("Q2");
            maya.say("Book clubs keep them reading.");
            sam.waitForContribution("Book clubs keep them reading.");
            assertTrue(sam.contributionText("Book clubs keep them reading.").startsWith("A2"), sam.contributionText("Book clubs keep them reading."));
            assertEquals(null, sam.contributionText("We read fifteen minutes a day."), "Q1's answers stay with Q1");
            assertEquals("New answer: Book clubs keep them reading.", samBrowser.driver()
                    .findElement(org.openqa.selenium.By.id("contributionAnnouncement")).getAttribute("data-announce"), "what a screen reader hears");
            assertTrue(!samBrowser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText().contains("{0}"),
                    "no pattern shows through, nor is announced");
            samBrowser.capture("chat-phone");

            // Maya types under Q2 and sends once Q3 is out: her answer stays with Q2, and the box says so.
            maya.typeWithoutSending("Reading logs, kept short.");
            Visitors.move(felix, token, meetingId, "next", 2);
            maya.waitForPhase("Q3");
            sam.waitForPhase("Q3");
            assertEquals("Your answer to Q2", maya.boxLabel(), "the box says which question it answers");
            maya.sendTyped();
            // The earlier questions stay open: Sam reads Q2's answers, and replies under A1 during Q3, live on Maya's page.
            sam.openEarlierQuestion("Q2");
            sam.waitForContribution("Reading logs, kept short.");
            assertTrue(sam.contributionText("Reading logs, kept short.").startsWith("A2"), sam.contributionText("Reading logs, kept short."));
            maya.openEarlierQuestion("Q1");
            sam.openEarlierQuestion("Q1");
            sam.reply("We read fifteen minutes a day.", "Twenty now, after the winter break.");
            maya.waitForReply("We read fifteen minutes a day.", "Twenty now, after the winter break.");
            assertEquals(3, samBrowser.all(org.openqa.selenium.By.cssSelector("#presentNames li")).size(), "each person named once");
            samBrowser.capture("chat-earlier-questions");
        }
    }

    /**
     * Two facilitators step back at the same moment: Amara's page has not shown Félix's step yet when she presses
     * "previous", though it has already taken in something said since. The meeting steps back once, and she is told
     * where it now is.
     */
    @Test
    void twoFacilitatorsSteppingBackTogetherStepBackOnce() {
        String felixEmail = People.email("Felix");
        String amaraEmail = People.email("Amara");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String token = Visitors.apiToken(felixSetup, "run");
        String slug = Visitors.community(felixSetup, "Stepping circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Amara Okafor", amaraEmail), Visitors.invitation(felixSetup, slug, "FACILITATOR"));
        long meetingId = Visitors.meetingSoon(felixSetup, slug, "Back and forth");
        Visitors.move(felixSetup, token, meetingId, "start", -1);
        Visitors.move(felixSetup, token, meetingId, "next", 0);
        Visitors.move(felixSetup, token, meetingId, "next", 1);

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser amaraBrowser = Browser.open(base, Browser.LAPTOP)) {
            amaraBrowser.beforeEveryPage(MeetingPage.UNRELIABLE_NETWORK);
            felixBrowser.beforeEveryPage(MeetingPage.UNRELIABLE_NETWORK);
            MeetingPage felix = MeetingPage.logInAndOpen(felixBrowser, felixEmail, meetingId);
            MeetingPage amara = MeetingPage.logInAndOpen(amaraBrowser, amaraEmail, meetingId);
            assertEquals("Breakout research", amara.phaseTitle());

            amara.missPushes();
            int heard = felix.countRerenders();
            felix.previous();
            assertEquals(List.of(), felix.rerendersOnceMorePushesHeard(heard),
                    "Félix's page shows his step from its own answer, and does not ask for it again when the step's push comes");
            amara.hearsOnlyWhatIsSaid();
            assertEquals("Breakout research", amara.phaseTitle(), "Amara's page still shows the phase she means to leave");
            String told = amara.pressPrevious();

            assertTrue(told.contains("Someone else moved the meeting first") && told.contains("Clarifying questions"), told);
            assertEquals("Clarifying questions", amara.phaseTitle());
            assertEquals("Clarifying questions", MeetingPage.open(felixBrowser, felix.url()).phaseTitle(), "one step back, not two");
        }
    }

    /**
     * A facilitator says where the meeting is (a call's https link, not a script; a room): about to start, a member can
     * join the call. The facilitator moves it to January (not into the past), then cancels it with a reason: the member
     * sees it cancelled and why, with no call to join; the facilitator plans it again.
     */
    @Test
    void aFacilitatorMovesAndCancelsAMeetingAndAMemberSeesWhy() {
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Winter circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        long meetingId = Visitors.meetingSoon(felixSetup, slug, "Winter consultancy");

        URI base = WebClient.local(deployment);
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser samBrowser = Browser.open(base, Browser.PHONE)) {
            MeetingPage.PreparePage preparing = MeetingPage.logInAndOpen(felixBrowser, felixEmail, meetingId).prepare();
            assertEquals("Give the call’s full https address, such as https://meet.example.org/our-circle.",
                    preparing.sayWhere("javascript:alert(document.cookie)", "Room 204"));
            assertEquals("Where we meet is saved.", preparing.sayWhere("https://meet.example.org/winter-circle", "Room 204"));
            MeetingPage soon = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            assertEquals("https://meet.example.org/winter-circle", soon.joinTheCall(), "ten minutes before the start, Sam can join");
            soon.waitForText("Room: Room 204");

            assertEquals("The start time is in the past.", preparing.manage("Winter consultancy", "2020-01-15 19:30"));
            assertEquals("The meeting \"January consultancy\" is saved.", preparing.manage("January consultancy", "2031-01-15 19:30"));
            assertTrue(preparing.when().contains("January 15, 2031") && preparing.when().contains("7:30"), preparing.when());

            preparing.cancelMeeting("Snow day: the schools are closed.");
            felixBrowser.capture("facilitator-cancelled");
            MeetingPage sam = MeetingPage.open(samBrowser, soon.url());
            assertEquals("This meeting is cancelled.", sam.phaseTitle());
            assertEquals(null, sam.joinTheCall(), "nobody joins the call of a cancelled meeting");
            assertEquals("Why: Snow day: the schools are closed.", sam.cancelReason());
            assertTrue(sam.when().contains("2031"), sam.when());
            assertTrue(samBrowser.all(org.openqa.selenium.By.cssSelector(".problem, .groups, #lastTime")).isEmpty(),
                    "a cancelled meeting's page shows no problem of practice, groups or last time");
            samBrowser.capture("member-cancelled");

            preparing.planAgain();
            MeetingPage january = MeetingPage.open(samBrowser, sam.url());
            assertEquals("Lobby", january.phaseTitle());
            assertEquals(null, january.joinTheCall(), "in January, the call opens ten minutes before the start");
            january.waitForText("The link to join the call shows here from 10 minutes before the start.");
        }
    }

    /**
     * A phone's network is still waking up as the page opens: its websocket fails before it ever opens (Faces does not
     * try such a one again). The page tries again, and once connected catches up with what changed meanwhile.
     */
    @Test
    void aPageWhoseFirstConnectionFailsConnectsAgainAndCatchesUp() {
        String samEmail = People.email("Sam");
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay");
        String token = Visitors.apiToken(felix, "run");
        long meetingId = startedWithSam(felix, token, "Waking circle", "Late connection", samEmail).meetingId();

        try (Browser samBrowser = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            samBrowser.beforeEveryPage(MeetingPage.UNRELIABLE_NETWORK);
            samBrowser.beforeEveryPage(MeetingPage.SERVER_UNREACHABLE);
            MeetingPage sam = MeetingPage.logInAndOpen(samBrowser, samEmail, meetingId);
            assertEquals("Problem presentation", sam.phaseTitle());
            Visitors.move(felix, token, meetingId, "next", 0);
            assertTrue(!sam.connected(), "no connection yet: the push cannot reach Sam");
            assertEquals("Problem presentation", sam.phaseTitle());
            samBrowser.waitForText("You are offline."); // and the page says so

            sam.serverReachable();
            sam.waitForPhase("Clarifying questions"); // connected at last, the page caught up
            samBrowser.waitFor(() -> "the offline notice gone", d -> !d.findElement(org.openqa.selenium.By.id("offline")).isDisplayed());
            Visitors.move(felix, token, meetingId, "next", 1);
            sam.waitForPhase("Breakout research"); // and the pushes come through now
        }
    }

    private record Started(String slug, long meetingId) {
    }

    /** Félix's new community with Sam as a member, and a Consultancy there, started (its first phase). */
    private Started startedWithSam(WebClient felix, String token, String community, String title, String samEmail) {
        String slug = Visitors.community(felix, community, "", "PRIVATE");
        long meetingId = Visitors.meetingSoon(felix, slug, title);
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
        Visitors.move(felix, token, meetingId, "open", -1);
        Visitors.move(felix, token, meetingId, "start", -1);
        return new Started(slug, meetingId);
    }

    @Test
    void aFacilitatorAdaptsAProtocolForTheCommunity() throws Exception {
        String email = People.email("Felix");
        WebClient setup = Visitors.registered(deployment, "Félix Tremblay", email);
        String slug = Visitors.community(setup, "Protocol circle", "", "PRIVATE");
        try (Browser browser = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            LoginPage.logIn(browser, email, People.PASSWORD);
            ProtocolsPage protocols = ProtocolsPage.open(browser, slug);
            ProtocolsPage.Editor editor = protocols.copy("Consultancy (as our communities run it)");
            assertEquals(6, editor.phaseCount());
            assertTrue(editor.cue(1).startsWith("Clarifying questions have brief, factual answers"), "the built-in script comes with the copy");
            editor.setNorm(2, "Every group speaks once before anyone speaks twice.");
            editor.rename("Consultancy, short version");
            editor.removePhase(3);
            editor.setMinutes(1, 8);
            editor.save();
            assertEquals(5, editor.phaseCount());
            ProtocolsPage reopened = ProtocolsPage.open(browser, slug);
            assertTrue(reopened.names().contains("Consultancy, short version"), reopened.names().toString());
            assertEquals("Ours · 48 min", reopened.badgeOf("Consultancy, short version"), "60 minutes, less the 15 removed, plus 3");
            ProtocolsPage.Editor ours = reopened.edit("Consultancy, short version");
            assertEquals("Every group speaks once before anyone speaks twice.", ours.norm(2), "the breakouts’ norm, as written");

            // A protocol another community shared as JSON: a file naming an unknown kind is refused beside the field;
            // a good one opens in the editor as this community's own.
            java.nio.file.Path shared = java.nio.file.Files.createTempFile("protocol", ".json");
            java.nio.file.Files.writeString(shared, "{\"format\": \"marigold-protocol\", \"version\": 1, \"name\": \"Four A’s\","
                    + " \"phases\": [{\"kind\": \"TEXT_RENDERING\", \"title\": \"Read\", \"minutes\": 10, \"speakers\": \"EVERYONE\"}]}");
            ProtocolsPage page = ProtocolsPage.open(browser, slug);
            assertNull(page.importFile(shared));
            assertTrue(page.importError().startsWith("Phase 1: \"TEXT_RENDERING\" is not a kind of phase Marigold knows"), page.importError());
            java.nio.file.Files.writeString(shared, java.nio.file.Files.readString(shared).replace("TEXT_RENDERING", "DISCUSSION"));
            ProtocolsPage.Editor fourAs = ProtocolsPage.open(browser, slug).importFile(shared);
            assertEquals("Four A’s", fourAs.name());
            assertEquals(1, fourAs.phaseCount());
        }
    }
}
