package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.openqa.selenium.By;

/**
 * The language follows the browser's preference, then the switcher on any page, then the member's profile: a visitor
 * whose browser prefers French reads French, switches to Spanish on the same page, and a member who switches to
 * French while logged in finds French in another browser set to English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
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
