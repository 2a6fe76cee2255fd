package org.marigold.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;

/**
 * The language a page speaks: the one chosen with the switcher on any page (kept for the visit), else the member's
 * profile language, else the first of the browser's preferred languages that Marigold speaks, else English.
 * Dates and numbers follow it; what people write is shown as they wrote it.
 */
@Named
@RequestScoped
public class Language {

    /** The languages Marigold speaks, in the order the switcher offers them. */
    public static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    /** Where the switcher keeps a visitor's choice for the rest of the visit. */
    public static final String CHOSEN = "marigold.language";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen().or(() -> currentUser.account().map(Account::getLanguage).flatMap(Language::spoken))
                    .or(this::preferred).orElse(Locale.ENGLISH);
        }
        return locale;
    }

    public List<Locale> getSpoken() {
        return SPOKEN;
    }

    /** A language's own name, as its speakers write it ("Français"). */
    public String nameOf(Locale language) {
        return ownName(language);
    }

    /** The same, where no bean is at hand ("Français", for a chat's question in other languages). */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The page the switcher comes back to: this one, as it was asked for. */
    public String getHere() {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }

    /** The language of that tag if Marigold speaks it. */
    public static Optional<Locale> spoken(Locale asked) {
        return asked == null ? Optional.empty()
                : SPOKEN.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
    }

    private Optional<Locale> chosen() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(CHOSEN));
    }

    private Optional<Locale> preferred() {
        return Collections.list(request.getLocales()).stream().map(Language::spoken).flatMap(Optional::stream).findFirst();
    }
}
