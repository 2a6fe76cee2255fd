package org.marigold.browser;

import org.openqa.selenium.By;

/** reset-password.xhtml, opened from the link in the mail: choose a new password. */
public final class ResetPasswordPage {

    private final Browser browser;

    private ResetPasswordPage(Browser browser) {
        this.browser = browser;
    }

    public static ResetPasswordPage open(Browser browser, String link) {
        browser.goTo(link);
        return new ResetPasswordPage(browser);
    }

    /** Saves the new password; the person lands on the home page, logged in. */
    public void choose(String newPassword) {
        browser.type(By.id("reset:newPassword"), newPassword);
        browser.click(By.id("reset:save"));
        browser.visible(By.id("logoutForm:logout"));
    }

    /** Why the link cannot be used, as the page says it. */
    public String problem() {
        return browser.text(By.id("problem"));
    }
}
