package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** meeting/group.xhtml: one breakout group's page, with its notes, finds, flag, broadcasts and settings. */
public final class GroupPage {

    private final Browser browser;

    public GroupPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("groupName"));
    }

    public String name() {
        return browser.text(By.id("groupName"));
    }

    public void waitForName(String name) {
        browser.waitFor(() -> "the group named \"" + name + "\"", d -> d.findElement(By.id("groupName")).getText().equals(name));
    }

    public String members() {
        return browser.text(By.id("groupMembers"));
    }

    public String lens() {
        return browser.text(By.id("lens"));
    }

    /** Types a note; {@link #sendNote()} adds it. Split so that two people can press "Add note" together. */
    public GroupPage typeNote(String text) {
        browser.type(By.id("noteForm:note"), text);
        return this;
    }

    public void sendNote() {
        browser.click(By.id("noteForm:addNote"));
    }

    public void addNote(String text) {
        typeNote(text).sendNote();
        waitForNote(text);
    }

    public void waitForNote(String text) {
        browser.waitFor(() -> "the note \"" + text + "\"", d -> notes().contains(text));
    }

    /** The notes as the page shows them, in order; read in one script, as a push may re-render the list. */
    @SuppressWarnings("unchecked")
    public List<String> notes() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#notes li.note .note-body')).map(p => p.textContent.trim());");
    }

    /** The button of the note reading this text among the items the selector finds; null while there is none. */
    static WebElement noteButton(WebDriver driver, String items, String note, String button) {
        return driver.findElements(By.cssSelector(items)).stream()
                .filter(li -> li.findElement(By.className("note-body")).getText().equals(note)).findFirst()
                .map(li -> li.findElement(By.cssSelector(button))).orElse(null);
    }

    /** Opens a note in the editor, as it reads now. */
    public GroupPage edit(String note) {
        browser.clickFound(() -> "\"Edit\" on the note \"" + note + "\"", d -> noteButton(d, "#notes li.note", note, "button.edit"));
        browser.visible(By.id("editForm:editingText"));
        return this;
    }

    /** Replaces the text in the editor and saves. */
    public void saveEdit(String text) {
        browser.type(By.id("editForm:editingText"), text);
        browser.click(By.id("editForm:saveEdit"));
    }

    /** What the editor holds now. */
    public String editorText() {
        return browser.visible(By.id("editForm:editingText")).getAttribute("value");
    }

    /** After a refused edit: the note as someone else saved it. */
    public String theirVersion() {
        return browser.text(By.cssSelector("#theirVersion blockquote"));
    }

    public void addFind(String title, String link, String why) {
        browser.type(By.id("findForm:title"), title);
        browser.type(By.id("findForm:link"), link);
        browser.type(By.id("findForm:description"), why);
        browser.click(By.id("findForm:addFind"));
    }

    /** The error shown beside a field of the find form ("link", "title"). */
    public String findError(String field) {
        return browser.text(By.cssSelector(".field:has([id='findForm:" + field
                + "']) .ui-message-error"));
    }

    @SuppressWarnings("unchecked")
    public List<String> finds() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#finds li.find > a:first-child')).map(a => a.textContent.trim());");
    }

    public void callFacilitator() {
        browser.click(By.id("flagForm:raiseFlag"));
        browser.visible(By.id("flagRaised"));
    }

    public void waitForBroadcast(String text) {
        browser.waitFor(() -> "the broadcast \"" + text + "\"", d -> d.findElement(By.id("latestBroadcast")).getText().contains(text));
    }

    /** The warning that the groups close soon, once the page shows it ("The groups close in 0:58: …"). */
    /** The notes pinned for the room, as the top of the group's page shows them ("Group · note"), once this one is there. */
    public List<String> waitForPinned(String note) {
        return PinnedNotes.waitFor(browser, note);
    }

    public String closingSoon() {
        return browser.visible(By.id("closingSoonText")).getText();
    }

    /** A facilitator names the group and gives it its lens. */
    public void describe(String name, String lens) {
        browser.type(By.id("settingsForm:name"), name);
        browser.type(By.id("settingsForm:lens"), lens);
        browser.click(By.id("settingsForm:saveSettings"));
        waitForName(name);
    }

    /** Back to the main room, by the link. */
    public MeetingPage backToRoom() {
        browser.click(By.id("backToRoom"));
        return new MeetingPage(browser);
    }
}
