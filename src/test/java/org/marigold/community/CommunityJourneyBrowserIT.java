package org.marigold.community;

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
import org.marigold.browser.CommunityPage;
import org.marigold.browser.JoinPage;
import org.marigold.browser.LibraryPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MembersPage;
import org.marigold.browser.RegisterPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/** Two people in two browsers: one starts a community and invites, the other joins from a phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class CommunityJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anAdminInvitesAColleagueWhoJoinsFromTheirPhone() {
        URI base = WebClient.local(deployment);
        try (Browser admin = Browser.open(base, Browser.LAPTOP); Browser newcomer = Browser.open(base, Browser.PHONE)) {
            RegisterPage.open(admin).register("Amara Okafor", People.email("Amara"), People.PASSWORD);
            CommunityPage community = CommunityPage.create(admin, "Grade 3 Reading Circle",
                    "Teachers working on reading stamina.", false);
            assertEquals("Grade 3 Reading Circle", community.name());
            assertEquals("Admin", community.myRole());

            MembersPage members = community.members();
            String link = members.invitationLink("Member");
            admin.capture("members-with-invitation");
            assertTrue(link.contains("/join.xhtml?invite=mgi_"), link);

            JoinPage invited = JoinPage.open(newcomer, link);
            assertEquals("You are invited to join Grade 3 Reading Circle as Member.", invited.offer());
            newcomer.capture("phone-invitation");
            CommunityPage joined = invited.registerFirst("Maya Chen", People.email("Maya"), People.PASSWORD).join();
            newcomer.waitForText("Welcome to Grade 3 Reading Circle!");
            assertEquals("Member", joined.myRole());
            newcomer.capture("phone-community");

            members.reload();
            assertEquals("Member", members.roleOf("Maya Chen"));
            members.changeRole("Maya Chen", "Facilitator");
            assertEquals("Facilitator", members.roleOf("Maya Chen"));
            admin.capture("members-after-role-change");

            newcomer.driver().navigate().refresh();
            assertEquals("Facilitator", new CommunityPage(newcomer).myRole());
        }
    }

    @Test
    void aMemberAddsToTheLibraryAndFindsItAgain() {
        String email = People.email("Maya");
        WebClient setup = Visitors.registered(deployment, "Maya Chen", email);
        String slug = Visitors.community(setup, "Library journey", "", "PRIVATE");
        try (Browser maya = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            LoginPage.logIn(maya, email, People.PASSWORD);
            LibraryPage library = LibraryPage.open(maya, slug);
            assertEquals("Only http and https links are accepted, like https://example.org/article.",
                    library.refusedAdding("Link", "Sneaky", "javascript:alert(1)"));
            library = LibraryPage.open(maya, slug)
                    .add("Link", "Pear Deck for Google Slides", "https://www.peardeck.com/google-slides", null,
                            "Every student answers, not only the first hand up.", "engagement, slides")
                    .add("Book", "We Want to Do More Than Survive", null, "978-0-8070-6915-8",
                            "Abolitionist teaching.", "equity, book club")
                    .add("Article", "If We Aren't Addressing Racism, We Aren't Addressing Trauma", "https://www.ascd.org/blogs/x",
                            null, "Dena Simmons", "equity, trauma");
            assertEquals(3, library.titles().size());

            library.search("student");
            assertEquals(List.of("Pear Deck for Google Slides"), library.titles());
            library = LibraryPage.open(maya, slug);
            library.filterByTag("equity");
            assertEquals(2, library.titles().size(), library.titles().toString());
            maya.capture("library-filtered");
        }
    }
}
