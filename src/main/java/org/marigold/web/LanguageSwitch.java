package org.marigold.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.marigold.account.AccountService;
import org.marigold.account.CurrentUser;

/**
 * The language switcher on every page: {@code /language?to=fr&back=/community/view.xhtml?c=...}. The choice is kept
 * for the visit, and a member's profile takes it too; then the same page comes back in that language. Only an
 * address on this site is gone back to.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Language.spoken(request.getParameter("to") == null ? null : Locale.forLanguageTag(request.getParameter("to")))
                .orElse(null);
        if (language == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Marigold speaks en, fr and es.");
            return;
        }
        request.getSession().setAttribute(Language.CHOSEN, language);
        currentUser.account().ifPresent(account -> accounts.speak(account.getId(), language));
        response.sendRedirect(request.getContextPath() + sameSite(request.getParameter("back")));
    }

    /** A path on this site ("/x"), never another site ("//evil.example", "https://...", "/\evil"). */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("\r")
                || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
