package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** library/browse.xhtml and library/add.xhtml */
public final class LibraryPage {

    private final Browser browser;

    private LibraryPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("search:text"));
    }

    /** From the community page's "Browse and search the library" link. */
    public static LibraryPage open(Browser browser, String slug) {
        browser.go("community/view.xhtml?c=" + slug);
        browser.click(By.id("browseLibrary"));
        return new LibraryPage(browser);
    }

    public LibraryPage add(String kindLabel, String title, String link, String isbn, String description, String tags) {
        browser.click(By.id("addResource"));
        browser.click(By.id("resource:kind"));
        browser.click(By.cssSelector("#resource\\:kind_items li[data-label='" + kindLabel + "']"));
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link == null ? "" : link);
        browser.type(By.id("resource:isbn"), isbn == null ? "" : isbn);
        browser.type(By.id("resource:description"), description);
        browser.type(By.id("resource:tags"), tags);
        browser.click(By.id("resource:add"));
        browser.waitForText("\"" + title + "\" is in the library.");
        return new LibraryPage(browser);
    }

    /** Whatever the add form says about its fields when it refuses. */
    public String refusedAdding(String kindLabel, String title, String link) {
        browser.click(By.id("addResource"));
        browser.click(By.id("resource:kind"));
        browser.click(By.cssSelector("#resource\\:kind_items li[data-label='" + kindLabel + "']"));
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link);
        browser.click(By.id("resource:add"));
        return browser.text(By.cssSelector(".ui-message-error"));
    }

    public void search(String words) {
        String before = listing();
        browser.type(By.id("search:text"), words);
        browser.click(By.id("search:find"));
        browser.waitFor(() -> "results for \"" + words + "\"", d -> !listing().equals(before));
    }

    public void filterByTag(String tag) {
        String before = listing();
        browser.click(By.xpath("//a[contains(@class,'tag') and normalize-space(.)='#" + tag + "']"));
        browser.waitFor(() -> "results tagged " + tag, d -> !listing().equals(before));
    }

    public List<String> titles() {
        return browser.all(By.cssSelector("#results\\:resources .resource-title")).stream().map(WebElement::getText).toList();
    }

    private String listing() {
        return browser.all(By.cssSelector("#results\\:resources tbody")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
