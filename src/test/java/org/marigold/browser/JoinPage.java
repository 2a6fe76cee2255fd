package org.marigold.browser;

import org.openqa.selenium.By;

/** join.xhtml: where an invitation link lands. */
public final class JoinPage {

    private final Browser browser;

    public JoinPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.tagName("h1"));
    }

    public static JoinPage open(Browser browser, String link) {
        browser.goTo(link);
        return new JoinPage(browser);
    }

    public String offer() {
        return browser.text(By.id("invitationOffer"));
    }

    /** A newcomer follows "Create an account" and comes straight back here. */
    public JoinPage registerFirst(String name, String email, String password) {
        browser.click(By.id("registerToJoin"));
        new RegisterPage(browser).register(name, email, password);
        browser.waitForPath("/join.xhtml");
        return new JoinPage(browser);
    }

    public CommunityPage join() {
        browser.click(By.id("join:joinButton"));
        return new CommunityPage(browser);
    }
}
