package org.marigold.mail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.marigold.platform.HtmlText;
import org.marigold.platform.Wording;

/**
 * Writes a message in the recipient's language from the {@code messages} bundles, as plain text and as HTML at once,
 * so the two parts always say the same. Arguments (a name someone typed) are escaped in the HTML part.
 */
public final class MailWriter {

    private final Locale language;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private MailWriter(Locale language) {
        this.language = language;
        html.append("<!DOCTYPE html><html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"></head><body style=\"font-family:sans-serif;line-height:1.5\">");
    }

    public static MailWriter in(Locale language) {
        return new MailWriter(language);
    }

    /** A paragraph: the key's text with its arguments. */
    public MailWriter paragraph(String key, Object... arguments) {
        String words = Wording.of(language, key, arguments);
        text.append(words).append("\n\n");
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String typed ? HtmlText.escape(typed) : arguments[i];
        }
        String pattern = Wording.find(language, key).map(HtmlText::escape).orElse(key);
        html.append("<p>").append(escaped.length == 0 ? pattern : new MessageFormat(pattern, language).format(escaped))
                .append("</p>");
        return this;
    }

    /** Lines as a list: a bulleted list in HTML, lines starting with "- " in plain text. What people typed is escaped. */
    public MailWriter list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(HtmlText.escape(item)).append("</li>");
        }
        text.append('\n');
        html.append("</ul>");
        return this;
    }

    /** A link the person follows: a button in HTML, the address on a line of its own in plain text. */
    public MailWriter link(String labelKey, String address) {
        text.append(Wording.of(language, labelKey)).append(":\n").append(address).append("\n\n");
        html.append("<p><a href=\"").append(HtmlText.escape(address)).append("\">")
                .append(HtmlText.escape(Wording.of(language, labelKey))).append("</a></p>");
        return this;
    }

    public Mail to(String recipient, String subjectKey, Object... subjectArguments) {
        String signature = Wording.of(language, "mail.signature");
        return new Mail(recipient, Wording.of(language, subjectKey, subjectArguments),
                text.append(signature).append('\n').toString(),
                html.append("<p>").append(HtmlText.escape(signature)).append("</p></body></html>").toString());
    }
}
