package org.marigold.browser;

import org.openqa.selenium.By;

/** community/view.xhtml, and the "start a community" form that leads to it. */
public final class CommunityPage {

    private final Browser browser;

    public CommunityPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("communityName"));
    }

    /** Uses the navigation bar's "New community" link, as a person would. */
    public static CommunityPage create(Browser browser, String name, String description, boolean listed) {
        browser.click(By.linkText("New community"));
        browser.type(By.id("community:name"), name);
        browser.type(By.id("community:description"), description);
        browser.click(By.cssSelector("label[for='community:visibility:" + (listed ? 0 : 1) + "']"));
        browser.click(By.id("community:create"));
        browser.waitForText("Your community \"" + name + "\" is ready.");
        return new CommunityPage(browser);
    }

    public String name() {
        return browser.text(By.id("communityName"));
    }

    public String myRole() {
        return browser.text(By.id("myRole"));
    }

    public MembersPage members() {
        browser.click(By.id("manageMembers"));
        return new MembersPage(browser);
    }
}
