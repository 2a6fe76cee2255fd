package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WindowType;

/**
 * The language follows the browser's preference, then the switcher on any page, then the member's profile: a visitor
 * whose browser prefers French reads French, switches to Spanish on the same page, and a member who switches to
 * French while logged in finds French in another browser set to English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class LanguageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /**
     * A member who reads French follows a built-in protocol in French while the facilitator, who planned it in English,
     * moves it on: the tab where she switched, and a second tab, show each new phase's words in French from the push.
     * The tab she had open before switching keeps the language it shows until she reloads it, whatever updates come:
     * never half one, half the other.
     */
    @Test
    void aFrenchViewerFollowsABuiltInProtocolInFrenchInEveryTab() throws Exception {
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay", People.email("Felix"));
        String slug = Visitors.community(felix, "Cercle de lecture", "", "PRIVATE");
        String email = People.email("Ines");
        Visitors.join(Visitors.registered(deployment, "Inès Roy", email), Visitors.invitation(felix, slug, "MEMBER"));
        long id = Visitors.meetingSoon(felix, slug, "Décembre");
        String token = Visitors.apiToken(felix, "console");
        Visitors.move(felix, token, id, "open", -1);
        Visitors.move(felix, token, id, "start", -1);
        try (Browser browser = Browser.open(deployment.toURI(), Browser.LAPTOP, "en-US")) {
            MeetingPage english = MeetingPage.logInAndOpen(browser, email, id);
            assertEquals("Problem presentation", english.phaseTitle());
            String englishTab = browser.driver().getWindowHandle();

            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go("meeting/live.xhtml?m=" + id);
            browser.click(By.cssSelector("#languages [lang='fr']"));
            MeetingPage french = new MeetingPage(browser);
            french.waitForPhase("Présentation du problème");
            assertEquals("Consultation (comme nos communautés la mènent)", french.protocolName());
            assertTrue(french.instructions().startsWith("La personne qui présente décrit le problème"), french.instructions());
            String frenchTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go("meeting/live.xhtml?m=" + id);
            MeetingPage second = new MeetingPage(browser);
            assertEquals("Présentation du problème", second.phaseTitle());

            Visitors.move(felix, token, id, "next", 0);
            second.waitForPhase("Questions de clarification");
            assertTrue(second.instructions().startsWith("Posez des questions brèves"), second.instructions());
            browser.driver().switchTo().window(frenchTab);
            french.waitForPhase("Questions de clarification");
            browser.capture("language-fr-live");

            browser.driver().switchTo().window(englishTab);
            english.waitForPhase("Clarifying questions");
            Visitors.move(felix, token, id, "pause", 1); // every page renders its phase again
            browser.waitFor(() -> "the English tab to show the pause", d -> !d.findElements(By.id("paused")).isEmpty());
            assertEquals("Paused", browser.text(By.id("paused")), "a tab keeps its language until it is reloaded");
            assertEquals("Clarifying questions", english.phaseTitle());
            assertEquals("Consultancy (as our communities run it)", english.protocolName());
        }
    }

    @Test
    void theBrowsersLanguageThenTheSwitcherThenTheProfile() throws Exception {
        String email = People.email("Noor");
        Visitors.registered(deployment, "Noor Haddad", email);
        try (Browser french = Browser.open(deployment.toURI(), Browser.PHONE, "fr-CA");
             Browser english = Browser.open(deployment.toURI(), Browser.LAPTOP, "en-US")) {
            french.go("communities.xhtml");
            french.waitForText("Communautés");
            assertEquals("fr", lang(french));
            french.capture("language-fr-phone");

            french.click(By.cssSelector("#languages [lang='es']"));
            french.waitForText("Comunidades");
            assertEquals("es", lang(french));
            french.waitForPath("/communities.xhtml");

            LoginPage.logIn(french, email, People.PASSWORD);
            french.waitForText("Mis comunidades");
            french.click(By.cssSelector("#languages [lang='fr']"));
            french.waitForText("Mes communautés");

            LoginPage.logIn(english, email, People.PASSWORD);
            english.waitForText("Mes communautés");
            assertEquals("fr", lang(english), "the profile now speaks French, whatever this browser prefers");
        }
    }
}
