package org.marigold.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** meeting/new.xhtml: a facilitator plans a meeting. */
public final class MeetingPlanPage {

    private MeetingPlanPage() {
    }

    /** From the community page: plans a meeting with the first protocol offered and lands on its live page. */
    public static MeetingPage plan(Browser browser, String communitySlug, String title, String startsAt, String presenter) {
        browser.go("community/view.xhtml?c=" + communitySlug);
        browser.click(By.id("planMeeting"));
        browser.type(By.id("meeting:title"), title);
        browser.type(By.id("meeting:startsAt_input"), startsAt);
        browser.visible(By.id("meeting:startsAt_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("meeting:title"));
        browser.closeDatePicker(By.id("meeting:startsAt_input"));
        browser.choose("meeting:presenter", presenter);
        browser.click(By.id("meeting:schedule"));
        browser.waitForText("The meeting \"" + title + "\" is planned.");
        return new MeetingPage(browser);
    }
}
