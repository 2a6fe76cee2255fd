package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marigold.mail.Mail;

class ConfirmAddressMailTest {

    private static final String LINK = "https://marigold.example.org/confirm.xhtml?k=mgc_abc";

    @ParameterizedTest
    @CsvSource({
        "en, Confirm your address for Marigold, Confirm my address, The link works for a week.",
        "fr, Confirmez votre adresse pour Marigold, Confirmer mon adresse, Le lien fonctionne une semaine.",
        "es, Confirme su dirección para Marigold, Confirmar mi dirección, El enlace funciona durante una semana."})
    void theMessageAsksInTheRecipientsLanguageWithTheLinkInBothParts(String language, String subject, String action, String expiry) {
        Account account = new Account("ines@example.org", "Inès <Roy>", "hash", ZoneOffset.UTC, Locale.forLanguageTag(language), Instant.EPOCH);
        Mail mail = ConfirmAddressMail.to(account, LINK);
        assertEquals(subject, mail.subject());
        assertNull(mail.unsubscribe(), "essential: no List-Unsubscribe");
        assertTrue(mail.text().contains(action + ":\n" + LINK + "\n") && mail.text().contains(expiry), mail.text());
        assertTrue(mail.text().contains("ines@example.org"), "says which address");
        assertTrue(mail.html().contains("href=\"" + LINK + "\"") && mail.html().contains("Inès &lt;Roy&gt;"), mail.html());
        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            assertFalse(part.contains("mail.confirm") || part.contains("{0}"), part);
        }
    }
}
