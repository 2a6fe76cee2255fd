package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** schedule/series.xhtml: a community's meeting series and calendar feed addresses. */
public final class SeriesPage {

    private final Browser browser;

    public SeriesPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("communityFeed"));
    }

    public static SeriesPage open(Browser browser, String slug) {
        browser.go("schedule/series.xhtml?c=" + slug);
        return new SeriesPage(browser);
    }

    /** A facilitator starts a weekly series on a day ("Thursday"), from a first day ("2030-01-03"), at a time ("19:30"). */
    public SeriesPage startWeekly(String title, String day, String firstDay, String at) {
        browser.type(By.id("seriesForm:title"), title);
        browser.choose("seriesForm:pattern", "Every week");
        // The weekly fields replace the monthly ones by AJAX: choose the day once "which week of the month" is gone.
        browser.waitFor(() -> "the weekly fields", d -> d.findElements(By.id("seriesForm:nth")).isEmpty());
        browser.choose("seriesForm:day", day);
        browser.waitFor(() -> "the day " + day, d -> d.findElement(By.id("seriesForm:day_label")).getText().equals(day));
        WebElement first = browser.visible(By.id("seriesForm:firstDay_input"));
        first.sendKeys(Keys.chord(Keys.CONTROL, "a"), firstDay);
        browser.closeDatePicker(By.id("seriesForm:firstDay_input"));
        WebElement time = browser.visible(By.id("seriesForm:at_input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), at);
        browser.closeDatePicker(By.id("seriesForm:at_input"));
        browser.click(By.id("seriesForm:startSeries"));
        browser.waitForText("The series \"" + title + "\" is started");
        return this;
    }

    /** The rule as the page describes it, for a series. */
    public String rule(String series) {
        return browser.text(By.cssSelector("section.series[data-series='" + series + "'] .rule"));
    }

    /** The dates of the series' meetings, and whether each is cancelled: "2030-01-03", "2030-01-10 (cancelled)". */
    @SuppressWarnings("unchecked")
    public List<String> dates(String series) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(\"section.series[data-series='\" + arguments[0] + \"'] li.occurrence\"))"
                        + ".map(li => li.dataset.date + (li.querySelector('.cancelled') ? ' (cancelled)' : ''));", series);
    }

    public void skip(String series, String date) {
        browser.click(By.cssSelector("section.series[data-series='" + series + "'] li[data-date='" + date + "'] button.skip"));
        browser.waitForText("The date is skipped");
    }

    /** A facilitator moves a date to another day and time ("2030-01-11 18:00"). */
    public void move(String series, String date, String to) {
        String row = "section.series[data-series='" + series + "'] li[data-date='" + date + "'] ";
        WebElement field = browser.visible(By.cssSelector(row + ".move-to input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), to, Keys.ESCAPE);
        browser.click(By.cssSelector(row + "button.move"));
        browser.waitForText("The meeting is moved");
    }

    /** When a date's meeting happens, as the page shows it. */
    public String when(String series, String date) {
        return browser.text(By.cssSelector("section.series[data-series='" + series + "'] li[data-date='" + date + "'] a"));
    }

    public String communityFeed() {
        return browser.text(By.id("communityFeed"));
    }

    /** Opens the meeting of a date. */
    public MeetingPage openMeeting(String series, String date) {
        browser.click(By.cssSelector("section.series[data-series='" + series + "'] li[data-date='" + date + "'] a"));
        return new MeetingPage(browser);
    }
}
