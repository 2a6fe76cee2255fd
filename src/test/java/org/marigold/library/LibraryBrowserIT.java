package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marigold.browser.Browser;
import org.marigold.browser.LibraryPage;
import org.marigold.browser.ListPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.browser.MeetingPlanPage;
import org.marigold.browser.ResourcePage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A member (on a phone) adds a link and an upload, tags them, finds them by search and filter, marks one helpful and
 * gathers both in a list; the facilitator (on a laptop) makes that list the breakout starters, and when the
 * breakouts begin the member sees it, and the library remembers where the resources were used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class LibraryBrowserIT {

    /** Link previews may read this machine's test page (LinkPreviews refuses private addresses otherwise). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.marigold(), "marigold.link-previews.allowed-private-addresses=127.0.0.1");
    }

    @ArquillianResource
    URL deployment;

    @TempDir
    Path files;

    @Test
    void aListCuratedInTheLibraryStartsTheBreakouts() throws Exception {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Equity circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Maya Chen", mayaEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        Path notes = files.resolve("Stamina conferring notes.pdf");
        Files.write(notes, SampleFiles.pdf());
        Path disguised = files.resolve("lesson.pdf");
        Files.write(disguised, SampleFiles.docx());

        URI base = WebClient.local(deployment);
        try (Browser mayaBrowser = Browser.open(base, Browser.PHONE);
             Browser felixBrowser = Browser.open(base, Browser.LAPTOP)) {
            LoginPage.logIn(mayaBrowser, mayaEmail, People.PASSWORD);
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);

            LibraryPage library = LibraryPage.open(mayaBrowser, slug).add("Link",
                    "Things to say to interrupt racist comments", "http://www.edequityoregon.com/", null,
                    "Oregon Center for Educational Equity", "equity, classroom talk");
            assertEquals("The file \"lesson.pdf\" is not what its name says (its content is DOCX). Rename it or upload the right file.",
                    library.upload(disguised, "Lesson", "stamina"));
            library = LibraryPage.open(mayaBrowser, slug);
            assertEquals("\"Conferring notes\" is in the library.", library.upload(notes, "Conferring notes", "stamina, equity"));
            library = LibraryPage.open(mayaBrowser, slug);

            library.search("interrupt");
            assertEquals(List.of("Things to say to interrupt racist comments"), library.titles());
            mayaBrowser.waitFor(() -> "a screen reader told how many were found", d -> "1 resource found."
                    .equals(d.findElement(org.openqa.selenium.By.id("announcer")).getAttribute("textContent")));
            library = LibraryPage.open(mayaBrowser, slug);
            library.filterByKind("File");
            assertEquals(List.of("Conferring notes"), library.titles());
            library = LibraryPage.open(mayaBrowser, slug);
            library.filterByTag("equity");
            assertEquals(2, library.titles().size(), library.titles().toString());
            mayaBrowser.capture("library-phone-tag");

            ResourcePage notesPage = library.openResource("Conferring notes");
            assertTrue(notesPage.hasDownload(), "an upload offers its download");
            notesPage.markHelpful();
            assertEquals("1 person found it helpful", notesPage.helpfulCount());

            ListPage list = notesPage.backToLibrary().newList("Equity lens");
            String listUrl = list.url();
            LibraryPage.open(mayaBrowser, slug).openResource("Things to say to interrupt racist comments").addToList("Equity lens");
            LibraryPage.open(mayaBrowser, slug).addToList("Conferring notes", "Equity lens"); // from the search results
            list = ListPage.open(mayaBrowser, listUrl);
            assertEquals(List.of("Things to say to interrupt racist comments", "Conferring notes"), list.titles());
            list.moveUp("Conferring notes");
            assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"), list.titles());
            assertEquals("Move down: Conferring notes", list.focused(), "the focus follows the item to the top, where only ↓ is left");
            list.pressEnterToMove();
            assertEquals(List.of("Things to say to interrupt racist comments", "Conferring notes"), list.titles(),
                    "a second move on the same page moves too");
            assertEquals("Move up: Conferring notes", list.focused());
            list.moveDownWithKeyboard("Things to say to interrupt racist comments");
            assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"), list.titles(), "and a third");
            mayaBrowser.waitForText("Things to say to interrupt racist comments is now number 2 of 2.");
            list.drag("Things to say to interrupt racist comments", "Conferring notes");
            assertEquals(List.of("Things to say to interrupt racist comments", "Conferring notes"), list.titles(), "dragged to the top");
            mayaBrowser.waitForText("Things to say to interrupt racist comments is now number 1 of 2.");
            list = ListPage.open(mayaBrowser, listUrl);
            assertEquals(List.of("Things to say to interrupt racist comments", "Conferring notes"), list.titles(), "kept after a reload");
            list.drag("Things to say to interrupt racist comments", "Conferring notes");
            assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"), list.titles(), "and dragged back");
            // A section heading and a note between the resources, moved into place, rewritten, kept, taken out.
            list.addNote("Start with these", true);
            list.addNote("Read both before the meeting", false);
            list.moveUp("Start with these");
            list.moveUp("Start with these");
            assertEquals(List.of("Start with these", "Conferring notes", "Things to say to interrupt racist comments",
                    "Read both before the meeting"), list.entries());
            list.editNote("Read both before the meeting", "Read both before January");
            list = ListPage.open(mayaBrowser, listUrl);
            assertEquals(List.of("Start with these", "Conferring notes", "Things to say to interrupt racist comments",
                    "Read both before January"), list.entries(), "kept after a reload");
            assertEquals(List.of("Start with these"), list.headings());
            list.takeOut("Read both before January");
            assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"), list.titles());
            mayaBrowser.capture("list-phone");

            String readAlouds = LibraryPage.open(mayaBrowser, slug).newList("Read-alouds K-3").url();
            LibraryPage.open(mayaBrowser, slug).addInList("Link", "We Want to Do More Than Survive", "https://example.org/survive", "Read-alouds K-3");
            assertEquals(List.of("We Want to Do More Than Survive"), ListPage.open(mayaBrowser, readAlouds).titles(),
                    "added to a list on the add form");

            MeetingPage felix = MeetingPlanPage.plan(felixBrowser, slug, "January Consultancy", "2030-01-27 19:30", "Maya Chen")
                    .prepare().chooseStarters("Equity lens");
            MeetingPage maya = MeetingPage.open(mayaBrowser, felix.url());
            felix.openLobby();
            felix.start();
            felix.waitForPhase("Problem presentation");
            felix.next();
            felix.waitForPhase("Clarifying questions");
            felix.next();
            maya.waitForPhase("Breakout research");
            maya.waitForText("Breakout starter resources: Equity lens");
            assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"), maya.starterTitles(),
                    "the group starts from the list, in the list's order");
            mayaBrowser.capture("breakout-starters-phone");

            felix.formGroups(1);
            maya.waitForText("Group 1");
            assertTrue(maya.groups().get(0).contains("Félix Tremblay"), maya.groups().toString());
            assertTrue(!maya.groups().get(0).contains("Maya Chen"), "the presenter listens from the main room");

            library = LibraryPage.open(felixBrowser, slug);
            ResourcePage used = library.openResource("Conferring notes");
            assertEquals(1, used.uses().size(), used.uses().toString());
            assertTrue(used.uses().get(0).contains("January Consultancy") && used.uses().get(0).contains("Breakout starter (Equity lens)"),
                    used.uses().get(0));
            felixBrowser.capture("resource-where-used");

            // Published: its link copied with one button and shown as a QR code; a visitor reads the list, heading too.
            ListPage published = ListPage.open(felixBrowser, listUrl);
            String link = published.publish();
            assertEquals(link, published.copyPublicLink(link));
            assertEquals("QR code of the public link to the list \"Equity lens\"", published.qrCodeName());
            try (Browser visitor = Browser.open(base, Browser.PHONE)) {
                visitor.goTo(link);
                assertEquals("Start with these", visitor.text(By.cssSelector("#items h2.list-heading")));
                assertEquals(List.of("Conferring notes", "Things to say to interrupt racist comments"),
                        visitor.all(By.cssSelector("#items .resource-title")).stream().map(WebElement::getText).toList());
            }
        }
    }

    @Test
    void aLinkFillsTheAddFormFromWhatItsPageSaysAndKeepsWhatWasTyped() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        site.createContext("/book", exchange -> {
            byte[] page = ("<html><head><meta property=\"og:title\" content=\"We Want to Do More Than Survive\">"
                    + "<meta property=\"og:description\" content=\"Abolitionist teaching and the pursuit of educational freedom.\">"
                    + "</head></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        site.start();
        String mayaEmail = People.email("Maya");
        WebClient maya = Visitors.registered(deployment, "Maya Chen", mayaEmail);
        String slug = Visitors.community(maya, "Readers circle", "", "PRIVATE");
        try (Browser mayaBrowser = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            LoginPage.logIn(mayaBrowser, mayaEmail, People.PASSWORD);
            LibraryPage library = LibraryPage.open(mayaBrowser, slug);
            String link = "http://127.0.0.1:" + site.getAddress().getPort() + "/book";
            assertEquals(List.of("We Want to Do More Than Survive", "Abolitionist teaching and the pursuit of educational freedom."),
                    library.fillFromLink(link, ""));
            library = LibraryPage.open(mayaBrowser, slug);
            assertEquals(List.of("Love, 2019", "Abolitionist teaching and the pursuit of educational freedom."),
                    library.fillFromLink(link, "Love, 2019"), "a title typed first stays");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void theOneWhoAddedAResourceFixesItRemovesItAndPutsItBack() {
        String felixEmail = People.email("Felix");
        String mayaEmail = People.email("Maya");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Curators circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Maya Chen", mayaEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));

        URI base = WebClient.local(deployment);
        try (Browser mayaBrowser = Browser.open(base, Browser.PHONE);
             Browser samBrowser = Browser.open(base, Browser.LAPTOP);
             Browser felixBrowser = Browser.open(base, Browser.LAPTOP, "fr-CA")) {
            LoginPage.logIn(mayaBrowser, mayaEmail, People.PASSWORD);
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);

            LibraryPage.open(mayaBrowser, slug).add("Link", "Writing workshop conferring guide", "https://example.org/conferring", null,
                    "", "writing");
            ResourcePage page = LibraryPage.open(mayaBrowser, slug).add("Link", "Readers worksop mini-lessons",
                    "https://example.org/minilessons", null, "Twenty minilessons", "reading").openResource("Readers worksop mini-lessons");
            page = page.edit("Readers workshop mini-lessons", "Twenty mini-lessons for the first month");
            assertEquals("Readers workshop mini-lessons", page.title());
            mayaBrowser.waitForText("\u201cReaders workshop mini-lessons\u201d is saved.");
            assertTrue(page.changes().get(0).startsWith("Edited by Maya Chen"), page.changes().toString());
            mayaBrowser.capture("resource-edited-phone");

            assertFalse(LibraryPage.open(samBrowser, slug).openResource("Readers workshop mini-lessons").offersChanges(),
                    "another member reads it but may not change it");
            assertTrue(LibraryPage.open(felixBrowser, slug).openResource("Readers workshop mini-lessons").offersChanges(),
                    "a facilitator may");

            assertTrue(page.remove().contains("is removed from the library"));
            assertTrue(page.removedNotice().startsWith("Removed from the library by Maya Chen"), page.removedNotice());
            LibraryPage library = LibraryPage.open(samBrowser, slug);
            WebElement helpful = samBrowser.tabTo(By.cssSelector("button[id$=':helpful']"));
            assertEquals("Helpful: Writing workshop conferring guide (0)", helpful.getAttribute("aria-label"),
                    "the toggle is named for what it marks, not \" 0\"");
            // (the theme eases the ring in: wait for where it settles)
            samBrowser.waitFor(() -> "the focus ring in the house's dark blue (AA 3:1), not PrimeFaces' pale one", d -> String.valueOf(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return getComputedStyle(document.activeElement).boxShadow;"))
                    .startsWith("rgb(29, 78, 216) 0px 0px 0px 3px"));
            library.search("lessons");
            assertEquals(List.of(), library.titles(), "gone from searches");

            page.putBack();
            assertEquals("Readers workshop mini-lessons", page.title());
            library = LibraryPage.open(samBrowser, slug);
            library.search("lessons");
            assertEquals(List.of("Readers workshop mini-lessons"), library.titles(), "back in the library");
        }
    }
}
