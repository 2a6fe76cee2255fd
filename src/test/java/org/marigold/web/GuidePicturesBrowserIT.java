package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Locale;
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
import org.marigold.browser.JoinPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MembersPage;
import org.marigold.support.Deployments;
import org.openqa.selenium.By;

/**
 * The member's guide in French and Spanish shows the pages as a French or Spanish reader sees them, on a phone, in the
 * demo community: an invitation, the presentation of a running meeting, a record and the library. The pictures are
 * written into docs/images/fr and docs/images/es with {@code -Dscreenshots.dir=$PWD/docs/images}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class GuidePicturesBrowserIT {

    private static final String SLUG = "district-literacy-community-of-practice";

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

            for (String language : List.of("fr", "es")) {
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
        }
    }
}
