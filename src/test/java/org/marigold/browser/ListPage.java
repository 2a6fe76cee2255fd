package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

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
        return browser.all(By.cssSelector("[id='details:items'] .resource-title")).stream().map(WebElement::getText).toList();
    }

    /** What the list shows in order: its resources' titles and its notes' words. */
    public List<String> entries() {
        return browser.all(By.cssSelector("[id='details:items'] :is(.resource-title, .list-heading, .list-note)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The list's section headings. */
    public List<String> headings() {
        return browser.all(By.cssSelector("[id='details:items'] h2.list-heading")).stream().map(WebElement::getText).toList();
    }

    /** Moves a resource or note one place up with its own button (reachable by keyboard, labelled with its words). */
    public void moveUp(String label) {
        List<String> before = entries();
        browser.click(By.cssSelector("button[aria-label='Move up: " + label + "']"));
        browser.waitFor(() -> label + " to move up from " + before, d -> !entries().equals(before));
    }

    /** Writes a note (or a section heading) at the end of the list. */
    public void addNote(String text, boolean heading) {
        browser.type(By.id("note:text"), text);
        if (heading) {
            browser.click(By.cssSelector("[id='note:heading'] .ui-chkbox-box"));
        }
        browser.click(By.id("note:save"));
        browser.waitFor(() -> "the note \"" + text + "\" at the end of the list", d -> entries().contains(text));
    }

    /** Rewrites a note from its Edit button. */
    public void editNote(String text, String rewritten) {
        browser.click(By.cssSelector("button[aria-label='Edit note: " + text + "']"));
        browser.waitFor(() -> "the note in the form", d -> text.equals(d.findElement(By.id("note:text")).getAttribute("value")));
        browser.type(By.id("note:text"), rewritten);
        browser.click(By.id("note:save"));
        browser.waitFor(() -> "the note rewritten as \"" + rewritten + "\"", d -> entries().contains(rewritten) && !entries().contains(text));
    }

    /** Takes a resource or a note out of the list. */
    public void takeOut(String label) {
        browser.click(By.cssSelector("button[aria-label='Take out of the list: " + label + "']"));
        browser.waitFor(() -> label + " taken out", d -> !entries().contains(label));
    }

    /**
     * Drags a resource's row with the mouse and drops it on the lower or upper half of another's, as a person would:
     * press on the row, move the pointer there a few pixels at a time, let go.
     */
    public void drag(String title, String ontoTitle) {
        List<String> before = titles();
        WebElement grip = row(title).findElement(By.cssSelector(".badge"));
        WebElement onto = row(ontoTitle);
        Rectangle from = grip.getRect();
        Rectangle to = onto.getRect();
        int startY = from.getY() + from.getHeight() / 2;
        int down = to.getY() > from.getY() ? 1 : -1;
        int distance = to.getY() + to.getHeight() / 2 + down * to.getHeight() / 4 - startY;
        Actions drag = new Actions(browser.driver()).moveToElement(grip).clickAndHold();
        int steps = Math.max(5, Math.abs(distance) / 10);
        int moved = 0;
        for (int step = 1; step <= steps; step++) {
            int next = distance * step / steps;
            drag.moveByOffset(0, next - moved);
            moved = next;
        }
        drag.release().perform();
        // The row moves at once in the page; the server's answer then replaces the list.
        browser.waitFor(() -> title + " dragged onto " + ontoTitle + " from " + before, d -> !titles().equals(before)
                && (Boolean) ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
    }

    private WebElement row(String title) {
        return browser.visible(By.xpath("//*[@id='details:items']//tr[.//*[contains(@class,'resource-title') and normalize-space(.)='"
                + title + "']]"));
    }

    /** Moves a resource one place down from the keyboard: Tab to its button, Enter. */
    public void moveDownWithKeyboard(String title) {
        List<String> before = entries();
        browser.tabTo(By.cssSelector("button[aria-label='Move down: " + title + "']"));
        browser.press(Keys.ENTER);
        browser.waitFor(() -> title + " to move down from " + before, d -> !entries().equals(before));
    }

    /** Presses Enter on whatever has the focus, expecting the list's order to change. */
    public void pressEnterToMove() {
        List<String> before = entries();
        browser.press(Keys.ENTER);
        browser.waitFor(() -> "the order to change from " + before, d -> !entries().equals(before));
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

    /** Copies the public link with its button; returns what the clipboard then holds. */
    public String copyPublicLink(String expected) {
        browser.allowClipboard();
        browser.click(By.id("copyPublicLink"));
        browser.waitFor(() -> "the link in the clipboard, which holds " + browser.clipboard(), d -> expected.equals(browser.clipboard()));
        return browser.clipboard();
    }

    /** The accessible name of the public link's QR code, or null when the page shows none. */
    public String qrCodeName() {
        return browser.all(By.cssSelector("#publicQrCode svg[role='img']")).stream().filter(WebElement::isDisplayed)
                .map(svg -> svg.getAttribute("aria-label")).findFirst().orElse(null);
    }

    public String publish() {
        browser.click(By.id("details:publish"));
        return browser.text(By.id("details:publicLink"));
    }
}
