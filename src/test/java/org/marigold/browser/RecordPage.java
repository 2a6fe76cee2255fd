package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** meeting/record.xhtml: a meeting's record, its comments, and the presenter's "what I tried". */
public final class RecordPage {

    private final Browser browser;

    public RecordPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("recordTitle"));
    }

    public static RecordPage open(Browser browser, long meetingId) {
        browser.go("meeting/record.xhtml?m=" + meetingId);
        return new RecordPage(browser);
    }

    public RecordPage comment(String text) {
        int before = comments().size();
        browser.type(By.id("commentForm:comment"), text);
        browser.click(By.id("commentForm:addComment"));
        browser.waitFor(() -> "the comment \"" + text + "\"", d -> comments().size() == before + 1);
        return this;
    }

    public List<String> comments() {
        return browser.all(By.cssSelector("#comments .comment-body")).stream().map(WebElement::getText).toList();
    }

    /** The presenter says what they tried; the record shows it. */
    public RecordPage tellWhatWasTried(String text) {
        browser.type(By.id("followUpForm:followUpText"), text);
        browser.click(By.id("followUpForm:saveFollowUp"));
        browser.waitFor(() -> "what was tried", d -> d.findElement(By.id("followUp")).getText().equals(text));
        return this;
    }
}
