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
import org.marigold.platform.OwnSite;

/**
 * The language switcher on every page: a form that posts {@code to=fr} and {@code back=/community/view.xhtml?c=...}
 * to {@code /language}. The choice is kept for the visit, and a member's profile takes it too; then the same page
 * comes back in that language. A link ({@code GET /language?to=fr&back=...}) switches the visit only: a link on
 * another site must not change what anyone has saved. A post from another site is refused. Only an address on this
 * site is gone back to.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switchTo(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!OwnSite.posted(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The language is changed from Marigold's own pages.");
            return;
        }
        switchTo(request, response, true);
    }

    private void switchTo(HttpServletRequest request, HttpServletResponse response, boolean save) throws IOException {
        Locale language = Language.spoken(request.getParameter("to") == null ? null : Locale.forLanguageTag(request.getParameter("to")))
                .orElse(null);
        if (language == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Marigold speaks en, fr and es.");
            return;
        }
        request.getSession().setAttribute(Language.CHOSEN, language);
        if (save) {
            currentUser.account().ifPresent(account -> accounts.speak(account.getId(), language));
        }
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
