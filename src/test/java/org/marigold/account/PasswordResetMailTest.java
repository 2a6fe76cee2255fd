package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marigold.mail.Mail;

class PasswordResetMailTest {

    private static final String LINK = "https://marigold.example.org/reset-password.xhtml?t=mgp_abc&x=1";

    private static Mail to(String name, String language) {
        Account account = new Account("maya@example.org", name, "hash", ZoneOffset.UTC, Locale.forLanguageTag(language), Instant.EPOCH);
        return PasswordResetMail.to(account, LINK);
    }

    @ParameterizedTest
    @CsvSource({
        "en, Choose a new Marigold password, Hello Maya Chen, The link works once, within an hour.",
        "fr, Choisir un nouveau mot de passe Marigold, Bonjour Maya Chen, Le lien fonctionne une fois",
        "es, Elegir una contraseña nueva de Marigold, 'Hola, Maya Chen', El enlace funciona una vez"})
    void theMessageIsWrittenInTheRecipientsLanguage(String language, String subject, String greeting, String expiry) {
        Mail mail = to("Maya Chen", language);
        assertEquals("maya@example.org", mail.recipient());
        assertEquals(subject, mail.subject());
        assertTrue(mail.text().startsWith(greeting), mail.text());
        assertTrue(mail.text().contains(expiry), mail.text());
        assertTrue(mail.html().contains("lang=\"" + language + "\""), mail.html());
    }

    @ParameterizedTest
    @CsvSource({"en", "fr", "es"})
    void bothPartsCarryTheLinkAndNoKeyOrPlaceholderIsLeft(String language) {
        Mail mail = to("Maya Chen", language);
        assertTrue(mail.text().contains("\n" + LINK + "\n"), "the link on a line of its own: " + mail.text());
        assertTrue(mail.html().contains("href=\"" + LINK.replace("&", "&amp;") + "\""), mail.html());
        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            assertFalse(part.contains("mail.reset") || part.contains("mail.greeting") || part.contains("{0}"), part);
            assertFalse(part.contains("''"), "no doubled apostrophe: " + part);
        }
        assertTrue(mail.text().contains("maya@example.org"), "says which account");
    }

    @ParameterizedTest
    @CsvSource({"en", "fr", "es"})
    void whatPeopleTypedIsTextInTheHtmlPart(String language) {
        Mail mail = to("<script>alert(1)</script> & Co", language);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), mail.html());
        assertTrue(mail.text().contains("<script>alert(1)</script> & Co"), "plain text shows it as typed");
    }
}
