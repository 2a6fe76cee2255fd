package org.marigold.browser;

import org.openqa.selenium.By;

/** register.xhtml: create an account. */
public final class RegisterPage {

    private final Browser browser;

    public RegisterPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("register:email"));
    }

    public static RegisterPage open(Browser browser) {
        browser.go("register.xhtml");
        return new RegisterPage(browser);
    }

    /** Fills in and submits the form; the person lands where they were going, welcomed. */
    public void register(String name, String email, String password) {
        browser.type(By.id("register:email"), email);
        browser.type(By.id("register:displayName"), name);
        browser.type(By.id("register:password"), password);
        browser.click(By.id("register:submit"));
        browser.waitForText("Welcome to Marigold, " + name + "!");
    }
}
