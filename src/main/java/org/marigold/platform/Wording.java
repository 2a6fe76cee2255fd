package org.marigold.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Interface text from the {@code messages} bundles in a language, for what the server itself names in someone's
 * language (a breakout group, a copied protocol, the built-in protocols' wording); pages reach the same bundles.
 */
public final class Wording {

    private Wording() {
    }

    /** The text of a key in that language (English when the language lacks it), with {0}-style arguments filled in. */
    public static String of(Locale language, String key, Object... arguments) {
        return find(language, key).map(pattern -> arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments))
                .orElse(key);
    }

    /** The text of a key in that language, if the bundles have it. */
    public static Optional<String> find(Locale language, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle("messages", language, Wording.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}
