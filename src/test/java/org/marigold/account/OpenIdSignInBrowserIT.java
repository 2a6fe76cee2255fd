package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.support.People;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;

/** A teacher signs in on her phone, in French, with her district's account: one press, and she is in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class OpenIdSignInBrowserIT {

    static final MockOAuth2Server PROVIDER = OpenIdProviders.started();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return OpenIdProviders.signingInThrough(PROVIDER);
    }

    @ArquillianResource
    URL deployment;

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Test
    void aTeacherSignsInWithHerDistrictAccountOnAPhone() {
        OpenIdProviders.nextSignInIs(PROVIDER, "t-4004", Map.of("email", People.email("Ines"), "email_verified", true, "name", "Inès Roy"));
        try (Browser phone = Browser.open(WebClient.local(deployment), Browser.PHONE, "fr")) {
            phone.go("login.xhtml");
            assertEquals("Se connecter avec Eastside School District", phone.text(By.id("oidcStart")));
            assertEquals(List.of(), phone.accessibilityViolations());
            assertEquals(List.of(), phone.widerThanTheWindow());
            phone.capture("phone-sign-in-with-district");
            phone.click(By.id("oidcStart"));
            phone.waitForText("Inès Roy");
            phone.waitForPath("/index.xhtml");
            assertFalse(phone.driver().getPageSource().contains("Veuillez confirmer"), "her district vouched for her address");
        }
    }
}
