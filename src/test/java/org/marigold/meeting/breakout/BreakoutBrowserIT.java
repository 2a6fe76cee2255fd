package org.marigold.meeting.breakout;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.marigold.browser.GroupPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.browser.MeetingPlanPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A facilitator on a laptop and four members on phones run the breakouts of a Consultancy: two groups that
 * members choose (two places each), notes written at the same moment, an edit that meets a newer edit, a found
 * resource, a call for the facilitator, a broadcast, and the close that brings every group back to the room, where
 * a note becomes a recommendation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class BreakoutBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void fiveBrowsersRunTheBreakoutsAndBringTheirWorkBackToTheRoom() throws Exception {
        String felixEmail = People.email("Felix");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Literacy circle", "", "PRIVATE");
        List<String> names = List.of("Ana Presenter", "Sam Okafor", "Lena Roy", "Noor Haddad");
        List<String> emails = names.stream().map(People::email).toList();
        for (int i = 0; i < names.size(); i++) {
            Visitors.join(Visitors.registered(deployment, names.get(i), emails.get(i)), Visitors.invitation(felixSetup, slug, "MEMBER"));
        }
        URI base = deployment.toURI();
        try (Browser felixBrowser = Browser.open(base, Browser.LAPTOP);
             Browser anaBrowser = Browser.open(base, Browser.PHONE);
             Browser samBrowser = Browser.open(base, Browser.PHONE);
             Browser lenaBrowser = Browser.open(base, Browser.PHONE);
             Browser noorBrowser = Browser.open(base, Browser.PHONE)) {
            List<Browser> members = List.of(anaBrowser, samBrowser, lenaBrowser, noorBrowser);
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            for (int i = 0; i < members.size(); i++) {
                LoginPage.logIn(members.get(i), emails.get(i), People.PASSWORD);
            }
            MeetingPage felix = MeetingPlanPage.plan(felixBrowser, slug, "December Consultancy", "2030-12-15 19:30", "Ana Presenter");
            felix.openLobby();
            MeetingPage ana = MeetingPage.open(anaBrowser, felix.url());
            MeetingPage sam = MeetingPage.open(samBrowser, felix.url());
            MeetingPage lena = MeetingPage.open(lenaBrowser, felix.url());
            MeetingPage noor = MeetingPage.open(noorBrowser, felix.url());
            felix.start();
            felix.waitForPhase("Problem presentation");
            felix.next();
            felix.next();
            for (MeetingPage member : List.of(ana, sam, lena, noor)) {
                member.waitForPhase("Breakout research");
            }

            // Two groups, members choose, two places each; a full group cannot be joined.
            felix.formGroupsToChoose(2, 2);
            sam.waitForText("Choose the group you want to join.");
            sam.choose("Group 1");
            lena.choose("Group 1");
            noorBrowser.waitFor(() -> "Group 1 full", d -> noor.isFull("Group 1"));
            noor.choose("Group 2");
            assertTrue(!ana.groups().toString().contains("Ana"), "the presenter listens from the main room");
            samBrowser.capture("breakout-choose-phone");

            GroupPage samGroup = sam.openMyGroup();
            GroupPage lenaGroup = lena.openMyGroup();
            GroupPage noorGroup = noor.openMyGroup();
            assertEquals("Group 1", samGroup.name());
            assertTrue(samGroup.members().contains("Lena Roy") && samGroup.members().contains("Sam Okafor"), samGroup.members());

            // The facilitator jumps into group 2 and gives it a name and a lens; its member sees them at once.
            GroupPage felixInGroup2 = felix.openGroup("Group 2");
            felixInGroup2.describe("Equity lens", "Whose voices are missing from the reading list?");
            felixBrowser.capture("breakout-group-settings-laptop");
            noorGroup.waitForName("Equity lens");
            assertEquals("Whose voices are missing from the reading list?", noorGroup.lens());
            felixInGroup2.backToRoom();

            // Sam and Lena press "Add note" at the same moment: both notes are kept, on both pages.
            samGroup.typeNote("Literature circles with roles <b>for every reader</b>");
            lenaGroup.typeNote("Ask the students what they want to read");
            samGroup.sendNote();
            lenaGroup.sendNote();
            for (GroupPage page : List.of(samGroup, lenaGroup)) {
                page.waitForNote("Literature circles with roles <b>for every reader</b>");
                page.waitForNote("Ask the students what they want to read");
            }
            assertEquals(2, samGroup.notes().size(), "script-like text is shown as typed, and nothing else appears");

            // Both open the same note; Sam saves first; Lena is told, sees Sam's text, and keeps her own.
            samGroup.edit("Ask the students what they want to read");
            lenaGroup.edit("Ask the students what they want to read");
            samGroup.saveEdit("Ask the students what they want to read, with a survey");
            lenaGroup.waitForNote("Ask the students what they want to read, with a survey");
            lenaGroup.saveEdit("Ask the students, then build the library with them");
            lenaBrowser.waitForText("Someone changed this note while you were editing.");
            assertEquals("Ask the students what they want to read, with a survey", lenaGroup.theirVersion());
            assertEquals("Ask the students, then build the library with them", lenaGroup.editorText(), "her text is kept");
            lenaBrowser.capture("breakout-note-conflict-phone");
            lenaGroup.saveEdit("Ask the students, then build the library with them");
            samGroup.waitForNote("Ask the students, then build the library with them");

            // Noor finds a resource; a javascript: link is refused beside the field.
            noorGroup.addFind("We Want to Do More Than Survive", "javascript:alert(1)", "Abolitionist teaching");
            assertEquals("Only http and https links are accepted, like https://example.org/article.", noorGroup.findError("link"));
            noorGroup.addFind("We Want to Do More Than Survive", "https://example.org/love", "Abolitionist teaching, Bettina Love");
            noorBrowser.waitForText("is added to the group’s finds and the library");
            assertEquals(List.of("We Want to Do More Than Survive"), noorGroup.finds());
            noorGroup.addNote("Audit the classroom library for missing voices");

            // Noor calls the facilitator; the overview shows it, with each group's counts.
            noorGroup.callFacilitator();
            felix.waitForOverview("Equity lens", cells -> cells.get(5).contains("Facilitator called"), "calls the facilitator");
            felix.waitForOverview("Equity lens", cells -> cells.subList(1, 4).equals(List.of("1", "1", "1")), "has 1 person, 1 note, 1 find");
            felix.waitForOverview("Group 1", cells -> cells.subList(1, 4).equals(List.of("2", "2", "0")), "has 2 people, 2 notes, no finds");
            // Every group's latest notes and finds, as they are written; Félix pins Noor's note, and every group sees it.
            String latest = felix.waitForLatest("Equity lens", text -> text.contains("Audit the classroom library for missing voices")
                    && text.contains("We Want to Do More Than Survive"), "Noor's note and find");
            assertTrue(latest.contains("Noor Haddad"), latest);
            felix.pin("Equity lens", "Audit the classroom library for missing voices");
            assertEquals(List.of("Equity lens · Audit the classroom library for missing voices"),
                    samGroup.waitForPinned("Audit the classroom library for missing voices"), "Sam, in another group, sees it at once");
            assertEquals(List.of("Equity lens · Audit the classroom library for missing voices"),
                    ana.waitForPinned("Audit the classroom library for missing voices"), "and Ana, in the main room");
            felixBrowser.capture("breakout-overview-laptop");

            // A broadcast reaches every group at once.
            felix.broadcast("Five minutes left: choose your best idea");
            samGroup.waitForBroadcast("Five minutes left: choose your best idea");
            noorGroup.waitForBroadcast("Five minutes left: choose your best idea");
            noorBrowser.capture("breakout-group-phone");

            // Noor is typing when the facilitator asks the groups to close: every group sees it coming and she sends it.
            noorGroup.typeNote("Give every reader a choice of three books");
            felix.closeGroupsGently();
            assertTrue(noorGroup.closingSoon().matches("The groups close in [01]:\\d\\d: send what you are writing\\."), noorGroup.closingSoon());
            assertTrue(samGroup.closingSoon().startsWith("The groups close in"), samGroup.closingSoon());
            noorBrowser.capture("breakout-closing-phone");
            noorGroup.sendNote();
            noorGroup.waitForNote("Give every reader a choice of three books");
            felix.waitForOverview("Equity lens", cells -> cells.get(2).equals("2"), "has 2 notes");

            // Noor is typing another note when the facilitator returns to the room at once: it comes with her to the room's box.
            noorGroup.typeNote("Pair reluctant readers with a reading buddy");
            // Closing the breakouts brings everyone back to the room with every group's work.
            felix.closeBreakouts();
            for (Browser member : List.of(samBrowser, lenaBrowser, noorBrowser)) {
                member.waitForPath("/meeting/live.xhtml");
            }
            MeetingPage samBack = new MeetingPage(samBrowser);
            MeetingPage noorBack = new MeetingPage(noorBrowser);
            noorBack.waitForPhase("Recommendations");
            assertTrue(noorBack.waitForBoxToHold("Pair reluctant readers with a reading buddy"), "and the page says so");
            ana.waitForGroupNotes("Equity lens");
            assertEquals(List.of("Literature circles with roles <b>for every reader</b>",
                    "Ask the students, then build the library with them"), ana.groupNotes("Group 1"));
            assertEquals(List.of("Audit the classroom library for missing voices", "Give every reader a choice of three books"),
                    ana.groupNotes("Equity lens"));
            samBack.waitForPhase("Recommendations");
            samBack.recommend("Ask the students, then build the library with them");
            felix.waitForContribution("Ask the students, then build the library with them");
            ana.waitForContribution("Ask the students, then build the library with them");
            // Noor recommends in her own words and two people support it; Ana sorts by +1s: it comes first, and the
            // recommendation made from Group 1's note says where it came from.
            noorBack.say("Book tasting every Friday");
            samBack.press("Book tasting every Friday", "+1 · 0", text -> text.contains("+1 · 1"), "one +1");
            felix.press("Book tasting every Friday", "+1 · 1", text -> text.contains("+1 · 2"), "two +1s");
            ana.waitForContributionState("Book tasting every Friday", text -> text != null && text.contains("+1 · 2"), "two +1s");
            ana.sortRecommendationsByVotes();
            assertEquals(List.of("Book tasting every Friday", "From Group 1 · Ask the students, then build the library with them"),
                    ana.recommendations());
            anaBrowser.capture("breakout-results-phone");

            // Going back to the breakouts sends each member to their group's page again.
            felix.previous();
            samBrowser.waitForPath("/meeting/group.xhtml");
            assertEquals("Group 1", new GroupPage(samBrowser).name());
        }
    }
}
