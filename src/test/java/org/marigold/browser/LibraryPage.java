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

    static LibraryPage here(Browser browser) {
        return new LibraryPage(browser);
    }

    /** From the community page's "Browse and search the library" link. */
    public static LibraryPage open(Browser browser, String slug) {
        browser.go("community/view.xhtml?c=" + slug);
        browser.click(By.id("browseLibrary"));
        return new LibraryPage(browser);
    }

    private void chooseKind(String kindLabel) {
        browser.choose("resource:kind", kindLabel);
    }

    public LibraryPage add(String kindLabel, String title, String link, String isbn, String description, String tags) {
        browser.click(By.id("addResource"));
        chooseKind(kindLabel);
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link == null ? "" : link);
        browser.type(By.id("resource:isbn"), isbn == null ? "" : isbn);
        browser.type(By.id("resource:description"), description);
        browser.type(By.id("resource:tags"), tags);
        browser.click(By.id("resource:add"));
        browser.waitForText("\"" + title + "\" is in the library.");
        return new LibraryPage(browser);
    }

    /** Adds a resource and, on the same form, puts it in one of the community's lists. */
    public LibraryPage addInList(String kindLabel, String title, String link, String listName) {
        browser.click(By.id("addResource"));
        chooseKind(kindLabel);
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link);
        browser.choose("resource:list", listName);
        browser.click(By.id("resource:add"));
        browser.waitForText("\"" + title + "\" is in the library and in the list \"" + listName + "\".");
        return new LibraryPage(browser);
    }

    /** "Add to list" beside a result: its menu, then the list's name. */
    public void addToList(String title, String listName) {
        WebElement row = browser.visible(By.xpath("//*[@id='results:resources']//tr[.//a[contains(@class,'resource-title') and normalize-space(.)='"
                + title + "']]"));
        row.findElement(By.cssSelector(".add-to-list button")).click();
        browser.click(By.xpath("//*[contains(@class,'ui-menu') and not(contains(@style,'display: none'))]//a[normalize-space(.)='"
                + listName + "']"));
        browser.waitForText("\"" + title + "\" is now in the list \"" + listName + "\".");
    }

    /**
     * Opens the add form, types a title (or none) and the link, presses "Fill in from the link"; returns the title and
     * description the form then holds.
     */
    public List<String> fillFromLink(String link, String title) {
        browser.click(By.id("addResource"));
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link);
        browser.click(By.id("resource:fillFromLink"));
        browser.waitForText("Filled in from what the page says about itself");
        return List.of(browser.visible(By.id("resource:title")).getAttribute("value"),
                browser.visible(By.id("resource:description")).getAttribute("value"));
    }

    /** Whatever the add form says about its fields when it refuses. */
    public String refusedAdding(String kindLabel, String title, String link) {
        browser.click(By.id("addResource"));
        chooseKind(kindLabel);
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), link);
        browser.click(By.id("resource:add"));
        return browser.text(By.cssSelector(".ui-message-error"));
    }

    /** Uploads a file from the "Upload a file" button; returns what the next page said. */
    public String upload(java.nio.file.Path file, String title, String tags) {
        browser.click(By.id("uploadFile"));
        WebElement add = browser.visible(By.id("resource:add"));
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:tags"), tags);
        add.click();
        browser.waitFor(() -> "the page after the upload", d -> isGone(add));
        return browser.text(By.cssSelector(".ui-messages-info, .ui-message-error"));
    }

    /**
     * The form is sent without AJAX, so the button of the page it was on goes away. While the next page replaces the
     * document, Chromium may answer that the button "does not belong to the document" rather than that it is stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException replacing) {
            if (String.valueOf(replacing.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replacing;
        }
    }

    public void filterByKind(String kindLabel) {
        String before = listing();
        browser.choose("search:kind", kindLabel);
        browser.click(By.id("search:find"));
        browser.waitFor(() -> "only " + kindLabel, d -> !listing().equals(before));
    }

    public ResourcePage openResource(String title) {
        browser.click(By.linkText(title));
        return new ResourcePage(browser);
    }

    public ListPage newList(String name) {
        browser.click(By.id("lists"));
        browser.type(By.id("newList:name"), name);
        browser.click(By.id("newList:create"));
        browser.waitForText("The list \"" + name + "\" is ready.");
        return new ListPage(browser);
    }

    public void search(String words) {
        String before = listing();
        browser.type(By.id("search:text"), words);
        browser.click(By.id("search:find"));
        browser.waitFor(() -> "results for \"" + words + "\"", d -> !listing().equals(before));
    }

    /** Clicks a tag on a resource; the search form then shows that tag as its filter, and the table what carries it. */
    public void filterByTag(String tag) {
        browser.click(By.xpath("//a[contains(@class,'tag') and normalize-space(.)='#" + tag + "']"));
        browser.waitFor(() -> "the tag filter " + tag, d -> tag.equals(d.findElement(By.id("search:tag")).getAttribute("value")));
    }

    public List<String> titles() {
        return browser.all(By.cssSelector("#results\\:resources .resource-title")).stream().map(WebElement::getText).toList();
    }

    private String listing() {
        return browser.all(By.cssSelector("#results\\:resources tbody")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
