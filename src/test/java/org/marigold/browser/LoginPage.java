package org.marigold.browser;

import org.openqa.selenium.By;

/** login.xhtml */
public final class LoginPage {

    private LoginPage() {
    }

    public static void logIn(Browser browser, String email, String password) {
        browser.go("login.xhtml");
        browser.type(By.id("login:email"), email);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.visible(By.id("logoutForm:logout"));
    }

    /** Logs out from the menu and waits for the page that answers: before it, the browser still holds the session. */
    public static void logOut(Browser browser) {
        browser.click(By.id("logoutForm:logout"));
        browser.visible(By.id("loginLink"));
    }
}
