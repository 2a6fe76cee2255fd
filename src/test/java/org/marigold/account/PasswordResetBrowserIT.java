package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marigold.browser.Browser;
import org.marigold.browser.ForgotPasswordPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.ResetPasswordPage;
import org.marigold.support.Deployments;
import org.marigold.support.Inbox;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/** A member a month away from the last meeting forgot her password: on her phone, a mail puts her back in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class PasswordResetBrowserIT {

    @RegisterExtension
    static final Inbox INBOX = new Inbox();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sendingMailTo(Deployments.marigold(), INBOX.port());
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aForgottenPasswordIsReplacedFromTheMailOnAPhone() {
        String email = People.email("Maya");
        Visitors.registered(deployment, "Maya Chen", email);
        try (Browser phone = Browser.open(WebClient.local(deployment), Browser.PHONE)) {
            ForgotPasswordPage forgot = ForgotPasswordPage.fromLogin(phone);
            assertEquals(List.of(), phone.accessibilityViolations());
            String answer = forgot.askForALink(email);
            assertTrue(answer.startsWith("If an account uses " + email + ", we have sent it a link"), answer);
            phone.capture("phone-forgot-password-sent");

            MimeMessage mail = INBOX.await(email, "password", 1, Duration.ofSeconds(30)).get(0);
            String link = Inbox.linkTo(mail, "reset-password.xhtml?t=");
            ResetPasswordPage reset = ResetPasswordPage.open(phone, link);
            assertEquals(List.of(), phone.accessibilityViolations());
            reset.choose("a brand new passphrase");
            phone.waitForText("Your password is changed and you are logged in.");
            phone.capture("phone-password-reset-done");

            ResetPasswordPage again = ResetPasswordPage.open(phone, link);
            assertTrue(again.problem().startsWith("This link has already been used."), again.problem());
            LoginPage.logOut(phone);
            LoginPage.logIn(phone, email, "a brand new passphrase");
        }
    }
}
