package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** library/list.xhtml */
public final class ListPage {

    private final Browser browser;

    ListPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("listName"));
    }

    public static ListPage open(Browser browser, String url) {
        browser.goTo(url);
        return new ListPage(browser);
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }

    public List<String> titles() {
        return browser.all(By.cssSelector("#items .resource-title")).stream().map(WebElement::getText).toList();
    }

    /** Moves a resource one place up with its own button (reachable by keyboard, labelled with the title). */
    public void moveUp(String title) {
        List<String> before = titles();
        browser.click(By.cssSelector("button[aria-label='Move up: " + title + "']"));
        browser.waitFor(() -> title + " to move up from " + before, d -> !titles().equals(before));
    }

    public String publish() {
        browser.click(By.id("details:publish"));
        return browser.text(By.id("details:publicLink"));
    }
}
