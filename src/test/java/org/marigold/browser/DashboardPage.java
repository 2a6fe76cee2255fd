package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** engagement/dashboard.xhtml: a community's engagement, charts and tables. */
public final class DashboardPage {

    private final Browser browser;

    public DashboardPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("span:show"));
    }

    /** From the community page's "Engagement" link. */
    public static DashboardPage open(Browser browser, String slug) {
        browser.go("community/view.xhtml?c=" + slug);
        browser.click(By.id("engagementLink"));
        return new DashboardPage(browser);
    }

    /**
     * The numbers a chart draws, dataset by dataset, once Chart.js has drawn it on its canvas (read from the chart
     * itself, as a person would read the bars).
     */
    @SuppressWarnings("unchecked")
    public List<List<Long>> chart(String widgetVar) {
        String drawn = "var w = PrimeFaces.widgets['" + widgetVar + "'];"
                + "return !!(w && w.chart && w.chart.canvas && w.chart.canvas.width > 0 && w.chart.getDatasetMeta(0).data.length > 0);";
        browser.waitFor(() -> "the chart " + widgetVar + " drawn", d -> (Boolean) ((JavascriptExecutor) d).executeScript(drawn));
        return (List<List<Long>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.widgets['" + widgetVar + "'].chart.data.datasets.map(function (s) { return s.data; });");
    }

    /** The names of a chart's datasets, as its legend shows them. */
    @SuppressWarnings("unchecked")
    public List<String> legend(String widgetVar) {
        chart(widgetVar);
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.widgets['" + widgetVar + "'].chart.data.datasets.map(function (s) { return s.label; });");
    }

    /** The "came" column of a meeting's row in the table. */
    public String participants(String meeting) {
        return browser.text(By.xpath("//table[@id='meetingTable']//tr[th/a[text()='" + meeting + "']]/td[contains(@class,'participants')]"));
    }

    /** Opens the meeting's attendance from its row. */
    public AttendancePage attendance(String meeting) {
        browser.click(By.xpath("//table[@id='meetingTable']//th/a[text()='" + meeting + "']"));
        return new AttendancePage(browser);
    }

    /** engagement/attendance.xhtml: a facilitator corrects who came and for how long. */
    public static final class AttendancePage {

        private final Browser browser;

        AttendancePage(Browser browser) {
            this.browser = browser;
            browser.visible(By.id("attendance"));
        }

        /** Types the minutes for this person and saves them; waits until the page says {@code expected}. */
        public void correct(String person, int minutes, String expected) {
            String row = "//li[@data-person='" + person + "']";
            browser.type(By.xpath(row + "//input[contains(@id, ':minutes_input')]"), Integer.toString(minutes));
            browser.click(By.xpath(row + "//button[contains(@id, ':save')]"));
            browser.waitForText(expected);
        }

        public int minutes(String person) {
            return Integer.parseInt(browser.driver().findElement(By.xpath("//li[@data-person='" + person + "']"
                    + "//input[contains(@id, ':minutes_input')]")).getAttribute("value"));
        }
    }
}
