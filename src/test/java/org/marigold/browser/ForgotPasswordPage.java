package org.marigold.browser;

import org.openqa.selenium.By;

/** forgot-password.xhtml, reached from the login page: asks for a link to choose a new password. */
public final class ForgotPasswordPage {

    private final Browser browser;

    private ForgotPasswordPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("forgot:email"));
    }

    /** From the login page, as a person who forgot would go. */
    public static ForgotPasswordPage fromLogin(Browser browser) {
        browser.go("login.xhtml");
        browser.click(By.id("login:forgot"));
        return new ForgotPasswordPage(browser);
    }

    /** Asks for a link; returns the answer the page gives. */
    public String askForALink(String email) {
        browser.type(By.id("forgot:email"), email);
        browser.click(By.id("forgot:send"));
        browser.waitFor(() -> "the answer", d -> d.findElements(By.id("forgot:email")).isEmpty());
        return browser.text(By.id("pageMessages"));
    }
}
