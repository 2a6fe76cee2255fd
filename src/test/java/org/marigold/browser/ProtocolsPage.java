package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** meeting/templates.xhtml and the editor behind it. */
public final class ProtocolsPage {

    private final Browser browser;

    private ProtocolsPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.cssSelector(".template-name"));
    }

    public static ProtocolsPage open(Browser browser, String slug) {
        browser.go("community/view.xhtml?c=" + slug);
        browser.click(By.id("templatesLink"));
        return new ProtocolsPage(browser);
    }

    public List<String> names() {
        return browser.all(By.cssSelector(".template-name")).stream().map(WebElement::getText).toList();
    }

    public String badgeOf(String name) {
        return card(name).findElement(By.className("badge")).getText();
    }

    public Editor copy(String name) {
        card(name).findElement(By.cssSelector("button.copy")).click();
        browser.waitForText("is ready to adapt");
        return new Editor(browser);
    }

    /** Imports a protocol file; returns the editor it opens in, or null when the page refuses the file (see {@link #importError()}). */
    public Editor importFile(java.nio.file.Path file) {
        browser.driver().findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("import:importButton"));
        browser.waitFor(() -> "the editor or a message beside the file", d -> !d.findElements(By.id("template:name")).isEmpty()
                || !d.findElements(By.cssSelector("#import .ui-message-error")).isEmpty());
        return browser.driver().findElements(By.id("template:name")).isEmpty() ? null : new Editor(browser);
    }

    public String importError() {
        return browser.text(By.cssSelector("#import .ui-message-error"));
    }

    /** Opens one of the community's own protocols in the editor. */
    public Editor edit(String name) {
        card(name).findElement(By.cssSelector(".edit")).click();
        return new Editor(browser);
    }

    private WebElement card(String name) {
        return browser.all(By.cssSelector("section.template")).stream()
                .filter(s -> s.findElement(By.className("template-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No protocol named " + name));
    }

    /** meeting/template.xhtml */
    public static final class Editor {
        private final Browser browser;

        Editor(Browser browser) {
            this.browser = browser;
            browser.visible(By.id("template:name"));
        }

        public int phaseCount() {
            return browser.all(By.cssSelector("fieldset.phase-draft")).size();
        }

        public String name() {
            return browser.driver().findElement(By.id("template:name")).getAttribute("value");
        }

        public void rename(String name) {
            browser.type(By.id("template:name"), name);
        }

        /** Removes the phase at this 0-based position and waits for the form to show one fewer. */
        public void removePhase(int index) {
            int before = phaseCount();
            browser.all(By.cssSelector("fieldset.phase-draft")).get(index)
                    .findElement(By.xpath(".//button[normalize-space(.)='Remove']")).click();
            browser.waitFor(() -> (before - 1) + " phases", d -> phaseCount() == before - 1);
        }

        public void setMinutes(int index, int minutes) {
            WebElement field = browser.all(By.cssSelector("fieldset.phase-draft")).get(index)
                    .findElement(By.cssSelector("input[id$='minutes_input']"));
            // A formatted number field keeps its text on clear(); select it all and type over it, as a person does.
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), Integer.toString(minutes));
        }

        /** The cue card (facilitators only) of the phase at this 0-based position, as the form shows it. */
        public String cue(int index) {
            return browser.all(By.cssSelector("fieldset.phase-draft")).get(index).findElement(By.cssSelector("textarea[id$=':cue']"))
                    .getAttribute("value");
        }

        /** Writes the norm everyone sees in the phase at this 0-based position. */
        public void setNorm(int index, String norm) {
            WebElement field = browser.all(By.cssSelector("fieldset.phase-draft")).get(index).findElement(By.cssSelector("textarea[id$=':norm']"));
            field.clear();
            field.sendKeys(norm);
        }

        public String norm(int index) {
            return browser.all(By.cssSelector("fieldset.phase-draft")).get(index).findElement(By.cssSelector("textarea[id$=':norm']"))
                    .getAttribute("value");
        }

        public void save() {
            browser.click(By.id("template:save"));
            browser.waitForText("The protocol is saved.");
        }
    }
}
