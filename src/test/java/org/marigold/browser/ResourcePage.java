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
