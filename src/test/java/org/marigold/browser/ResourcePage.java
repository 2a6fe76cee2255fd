package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** library/resource.xhtml */
public final class ResourcePage {

    private final Browser browser;

    ResourcePage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("resourceTitle"));
    }

    public static ResourcePage reopen(Browser browser) {
        browser.driver().navigate().refresh();
        return new ResourcePage(browser);
    }

    public String title() {
        return browser.text(By.id("resourceTitle"));
    }

    public boolean offersChanges() {
        return !browser.all(By.id("manage:edit")).isEmpty();
    }

    /** Opens the edit form, replaces the title and description, saves; returns the page saved. */
    public ResourcePage edit(String title, String description) {
        browser.click(By.id("manage:edit"));
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:description"), description);
        WebElement save = browser.visible(By.id("resource:add"));
        save.click();
        browser.waitFor(() -> "the resource page after saving", d -> !d.findElements(By.id("resourceTitle")).isEmpty()
                && title.equals(d.findElement(By.id("resourceTitle")).getText()));
        return new ResourcePage(browser);
    }

    /** The page's own history: who edited, removed or put it back. */
    public List<String> changes() {
        return browser.all(By.cssSelector("#changes li")).stream().map(WebElement::getText).toList();
    }

    /** Removes the resource after saying yes to the question; returns what the page then says. */
    public String remove() {
        browser.click(By.id("manage:remove"));
        browser.click(By.id("manage:yes"));
        browser.visible(By.id("removedNotice"));
        return browser.text(By.cssSelector(".ui-messages-info"));
    }

    public String removedNotice() {
        return browser.text(By.id("removedNotice"));
    }

    public String putBack() {
        browser.click(By.id("removed:restore"));
        browser.waitFor(() -> "the resource back in the library", d -> d.findElements(By.id("removedNotice")).isEmpty());
        return browser.text(By.cssSelector(".ui-messages-info"));
    }

    public String helpfulCount() {
        return browser.text(By.id("helpfulCount"));
    }

    public void markHelpful() {
        String before = helpfulCount();
        browser.click(By.id("helpful:toggle"));
        browser.waitFor(() -> "the helpful count to change from " + before, d -> !helpfulCount().equals(before));
    }

    public void addToList(String name) {
        browser.choose("lists:list", name);
        browser.click(By.id("lists:addToList"));
        browser.waitForText("Added to \"" + name + "\".");
    }

    public boolean hasDownload() {
        return !browser.all(By.id("download")).isEmpty();
    }

    public List<String> uses() {
        return browser.all(By.cssSelector("#uses li")).stream().map(WebElement::getText).toList();
    }

    public LibraryPage backToLibrary() {
        browser.click(By.linkText("Back to the library"));
        return LibraryPage.here(browser);
    }
}
