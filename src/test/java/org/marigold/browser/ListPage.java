package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

    /** Moves a resource one place down from the keyboard: Tab to its button, Enter. */
    public void moveDownWithKeyboard(String title) {
        List<String> before = titles();
        browser.tabTo(By.cssSelector("button[aria-label='Move down: " + title + "']"));
        browser.press(Keys.ENTER);
        browser.waitFor(() -> title + " to move down from " + before, d -> !titles().equals(before));
    }

    /** Presses Enter on whatever has the focus, expecting the list's order to change. */
    public void pressEnterToMove() {
        List<String> before = titles();
        browser.press(Keys.ENTER);
        browser.waitFor(() -> "the order to change from " + before, d -> !titles().equals(before));
    }

    /** The accessible name of the focused element, once the page's update has settled the focus somewhere on the list. */
    public String focused() {
        browser.waitFor(() -> "the focus on one of the list's buttons", d -> focusedLabel() != null);
        return focusedLabel();
    }

    private String focusedLabel() {
        try {
            return browser.driver().switchTo().activeElement().getAttribute("aria-label");
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return null;
        }
    }

    public String publish() {
        browser.click(By.id("details:publish"));
        return browser.text(By.id("details:publicLink"));
    }
}
