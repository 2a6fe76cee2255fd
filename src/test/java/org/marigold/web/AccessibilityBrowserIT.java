package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.browser.LoginPage;
import org.marigold.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the app passes axe-core's WCAG 2.1 A and AA rules, for a visitor and logged in as each role of the
 * demo community (admin, facilitator, member, guest), on a laptop and on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class AccessibilityBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withDemoData(Deployments.marigold());
    }

    @ArquillianResource
    URL deployment;

    private final List<String> violations = new ArrayList<>();

    private void check(Browser browser, String path) {
        browser.go(path);
        browser.visible(By.id("main"));
        violations.addAll(browser.accessibilityViolations());
    }

    /** A page someone was sent the address of (a public list, an invitation), opened in a browser of their own. */
    private void checkAsVisitor(String address) throws Exception {
        try (Browser visitor = Browser.open(deployment.toURI(), Browser.PHONE)) {
            visitor.goTo(address);
            visitor.visible(By.id("main"));
            violations.addAll(visitor.accessibilityViolations());
        }
    }

    /** The addresses of the links on the current page whose address contains this. */
    private static Set<String> links(Browser browser, String containing) {
        Set<String> found = new LinkedHashSet<>();
        for (WebElement link : browser.all(By.cssSelector("a[href*='" + containing + "']"))) {
            String href = link.getAttribute("href");
            found.add(href.substring(href.indexOf("/marigold/") + "/marigold/".length()));
        }
        return found;
    }

    private String slug(Browser browser) {
        browser.go("communities.xhtml");
        String href = browser.all(By.cssSelector("a[href*='community/view.xhtml?c=']")).get(0).getAttribute("href");
        return href.substring(href.indexOf("c=") + 2);
    }

    @Test
    void everyPagePassesAxeForEveryRole() throws Exception {
        try (Browser visitor = Browser.open(deployment.toURI(), Browser.PHONE)) {
            String slug = slug(visitor);
            for (String path : List.of("index.xhtml", "communities.xhtml", "login.xhtml", "register.xhtml", "community/view.xhtml?c=" + slug,
                    "library/browse.xhtml?c=" + slug, "no-such-page.xhtml")) {
                check(visitor, path);
            }
        }
        String slug;
        try (Browser member = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(member, "maya@example.org", "demo-member-2026");
            slug = slug(member);
            check(member, "index.xhtml");
            check(member, "community/view.xhtml?c=" + slug);
            Set<String> meetings = links(member, "meeting/live.xhtml?m=");
            Set<String> records = links(member, "meeting/record.xhtml?m=");
            for (String path : List.of("meeting/meetings.xhtml?c=" + slug, "meeting/meetings.xhtml?c=" + slug + "&when=past",
                    "engagement/history.xhtml?c=" + slug, "library/browse.xhtml?c=" + slug, "library/lists.xhtml?c=" + slug,
                    "library/add.xhtml?c=" + slug, "library/add.xhtml?c=" + slug + "&kind=FILE", "library/import.xhtml?c=" + slug,
                    "schedule/series.xhtml?c=" + slug, "account/profile.xhtml", "account/tokens.xhtml")) {
                check(member, path);
            }
            for (String path : meetings) {
                check(member, path);
                check(member, path.replace("live.xhtml", "prepare.xhtml"));
            }
            for (String path : records) {
                check(member, path);
            }
            member.go("library/browse.xhtml?c=" + slug);
            for (String path : links(member, "library/resource.xhtml?r=").stream().limit(1).toList()) {
                check(member, path);
            }
        }
        try (Browser facilitator = Browser.open(deployment.toURI(), Browser.LAPTOP)) {
            LoginPage.logIn(facilitator, "felix@example.org", "demo-facilitator-2026");
            for (String path : List.of("community/view.xhtml?c=" + slug, "meeting/new.xhtml?c=" + slug, "meeting/templates.xhtml?c=" + slug,
                    "engagement/dashboard.xhtml?c=" + slug, "schedule/series.xhtml?c=" + slug, "library/browse.xhtml?c=" + slug)) {
                check(facilitator, path);
            }
            facilitator.go("community/view.xhtml?c=" + slug);
            for (String path : links(facilitator, "meeting/live.xhtml?m=")) {
                check(facilitator, path);
            }
            facilitator.go("engagement/dashboard.xhtml?c=" + slug);
            for (String path : links(facilitator, "engagement/attendance.xhtml?m=")) {
                check(facilitator, path);
            }
            // A protocol copied to adapt; a list made, published, and read at its public address.
            facilitator.go("meeting/templates.xhtml?c=" + slug);
            facilitator.click(By.cssSelector("button.copy"));
            facilitator.waitForPath("/meeting/template.xhtml");
            violations.addAll(facilitator.accessibilityViolations());
            facilitator.go("library/lists.xhtml?c=" + slug);
            facilitator.type(By.id("newList:name"), "Equity lens");
            facilitator.click(By.id("newList:create"));
            facilitator.waitForPath("/library/list.xhtml");
            violations.addAll(facilitator.accessibilityViolations());
            facilitator.click(By.id("details:publish"));
            String publicLink = facilitator.text(By.id("details:publicLink"));
            violations.addAll(facilitator.accessibilityViolations());
            checkAsVisitor(publicLink);
        }
        try (Browser admin = Browser.open(deployment.toURI(), Browser.LAPTOP)) {
            LoginPage.logIn(admin, "amara@example.org", "demo-admin-2026");
            for (String path : List.of("community/settings.xhtml?c=" + slug, "community/members.xhtml?c=" + slug, "community/new.xhtml")) {
                check(admin, path);
            }
            admin.go("community/members.xhtml?c=" + slug);
            admin.click(By.id("invite:create"));
            String invitation = admin.text(By.id("invitationLink"));
            violations.addAll(admin.accessibilityViolations());
            checkAsVisitor(invitation);
        }
        try (Browser guest = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(guest, "gabriel@example.org", "demo-guest-2026");
            check(guest, "community/view.xhtml?c=" + slug);
            for (String path : links(guest, "meeting/live.xhtml?m=")) {
                check(guest, path);
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility problems:\n" + String.join("\n", violations));
    }

    /** A facilitator steps through the meeting and a member asks a question, by keyboard alone: Tab, Enter and typing. */
    @Test
    void aMeetingRunsByKeyboardAlone() throws Exception {
        try (Browser felix = Browser.open(deployment.toURI(), Browser.LAPTOP);
             Browser sam = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(felix, "felix@example.org", "demo-facilitator-2026");
            LoginPage.logIn(sam, "sam@example.org", "demo-member-2026");
            String slug = slug(felix);
            felix.go("community/view.xhtml?c=" + slug);
            felix.tabTo(By.id("goToMeeting"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.visible(By.id("meetingTitle"));
            String meeting = felix.driver().getCurrentUrl();
            sam.goTo(meeting);
            sam.visible(By.id("meetingTitle"));

            felix.tabTo(By.id("consoleForm:open"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.waitFor(() -> "the start button", d -> !d.findElements(By.id("consoleForm:start")).isEmpty());
            felix.tabTo(By.id("consoleForm:start"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.waitFor(() -> "the first phase", d -> d.findElement(By.id("phaseTitle")).getText().equals("Problem presentation"));
            felix.tabTo(By.id("consoleForm:next"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.waitFor(() -> "the questions", d -> d.findElement(By.id("phaseTitle")).getText().equals("Clarifying questions"));

            sam.waitFor(() -> "the questions", d -> d.findElement(By.id("phaseTitle")).getText().equals("Clarifying questions"));
            sam.tabTo(By.id("composer:body"));
            sam.press("How long do they read now?");
            sam.tabTo(By.id("composer:send"));
            sam.press(org.openqa.selenium.Keys.ENTER);
            felix.waitForText("How long do they read now?");
            sam.waitFor(() -> "the focus back on Send after the form was updated",
                    d -> "composer:send".equals(d.switchTo().activeElement().getAttribute("id")));
            violations.addAll(felix.accessibilityViolations());
            violations.addAll(sam.accessibilityViolations());

            // The breakouts by keyboard: one group, Sam's group page opens by itself, he adds a note.
            felix.tabTo(By.cssSelector("#forming > summary")); // the form is folded until needed: unfolded by keyboard
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.tabTo(By.id("groupsForm:asked_input"));
            felix.press(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            felix.press("1");
            felix.tabTo(By.id("groupsForm:formGroups"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            felix.waitFor(() -> "the group", d -> !d.findElements(By.cssSelector("#groupsList li, #groupsList .group")).isEmpty());
            felix.tabTo(By.id("consoleForm:next"));
            felix.press(org.openqa.selenium.Keys.ENTER);
            sam.waitForPath("/meeting/group.xhtml");
            sam.tabTo(By.id("noteForm:note"));
            sam.press("Reading logs became a chore");
            sam.tabTo(By.id("noteForm:addNote"));
            sam.press(org.openqa.selenium.Keys.ENTER);
            sam.waitFor(() -> "the note", d -> d.findElement(By.id("notes")).getText().contains("Reading logs became a chore"));
            violations.addAll(sam.accessibilityViolations());
            violations.addAll(felix.accessibilityViolations());

            // The library by keyboard: a search.
            sam.go("library/browse.xhtml?c=" + slug);
            sam.tabTo(By.id("search:text"));
            sam.press("Pear");
            sam.tabTo(By.id("search:find"));
            sam.press(org.openqa.selenium.Keys.ENTER);
            sam.waitFor(() -> "only Pear Deck", d -> d.findElement(By.id("results")).getText().contains("Pear Deck")
                    && !d.findElement(By.id("results")).getText().contains("Flip"));
            assertTrue(violations.isEmpty(), String.join("\n", violations));
        }
    }

    /**
     * What hides until it is opened: each select menu's list of options, with the menu open; a date picker's calendar
     * and its button; and where the focus goes when Enter is pressed on the library's Find button.
     */
    @Test
    void openMenusAndPickersPassAxe() throws Exception {
        try (Browser felix = Browser.open(deployment.toURI(), Browser.LAPTOP)) {
            LoginPage.logIn(felix, "felix@example.org", "demo-facilitator-2026");
            String slug = slug(felix);
            felix.go("library/browse.xhtml?c=" + slug);
            felix.openMenu("search:kind");
            violations.addAll(felix.accessibilityViolations());
            felix.press(Keys.ESCAPE);

            felix.type(By.id("search:text"), "Pear");
            felix.tabTo(By.id("search:find"));
            felix.press(Keys.ENTER);
            felix.waitFor(() -> "only Pear Deck", d -> d.findElement(By.id("results")).getText().contains("Pear Deck")
                    && !d.findElement(By.id("results")).getText().contains("Flip"));
            // PrimeFaces disables Find while the search runs, which drops the focus; it comes back once Find is enabled.
            felix.waitFor(() -> "the focus back in the search after Enter on Find, not on " + felix.focusedId(),
                    d -> Set.of("search:text", "search:find").contains(felix.focusedId()));

            felix.go("library/lists.xhtml?c=" + slug);
            felix.type(By.id("newList:name"), "Menus open");
            felix.click(By.id("newList:create"));
            felix.waitForPath("/library/list.xhtml");
            felix.go("library/browse.xhtml?c=" + slug);
            felix.click(By.cssSelector("#results .resource-title"));
            felix.openMenu("lists:list");
            violations.addAll(felix.accessibilityViolations());

            felix.go("account/profile.xhtml");
            felix.openMenu("profile:timeZone");
            violations.addAll(felix.accessibilityViolations());
            // The list scrolls to keep the option reached by the arrow keys in sight.
            for (int down = 0; down < 40; down++) {
                felix.press(Keys.ARROW_DOWN);
            }
            felix.waitFor(() -> "the highlighted time zone within the list's sight", d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    var list = document.getElementById('profile:timeZone_items').getBoundingClientRect();
                    var item = document.querySelector('#profile\\\\:timeZone_items .ui-state-highlight');
                    if (!item) { return false; }
                    var at = item.getBoundingClientRect();
                    return at.top >= list.top - 1 && at.bottom <= list.bottom + 1;"""));

            felix.go("meeting/new.xhtml?c=" + slug);
            felix.click(By.cssSelector("#meeting\\:startsAt .ui-datepicker-trigger"));
            felix.visible(By.cssSelector(".ui-datepicker-panel, .ui-datepicker-calendar"));
            violations.addAll(felix.accessibilityViolations());
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility problems:\n" + String.join("\n", violations));
    }

    /** At 320 CSS pixels wide (400 % zoom) pages reflow: nothing makes a person scroll sideways to read. */
    @Test
    void pagesReflowOnANarrowScreen() throws Exception {
        List<String> wide = new ArrayList<>();
        try (Browser member = Browser.open(deployment.toURI(), Browser.NARROW)) {
            String slug = slug(member);
            LoginPage.logIn(member, "felix@example.org", "demo-facilitator-2026");
            member.go("community/view.xhtml?c=" + slug);
            Set<String> meetings = links(member, "meeting/live.xhtml?m=");
            List<String> paths = new ArrayList<>(List.of("index.xhtml", "communities.xhtml", "community/view.xhtml?c=" + slug,
                    "library/browse.xhtml?c=" + slug, "meeting/meetings.xhtml?c=" + slug, "engagement/dashboard.xhtml?c=" + slug,
                    "engagement/history.xhtml?c=" + slug, "schedule/series.xhtml?c=" + slug, "account/profile.xhtml"));
            paths.addAll(meetings);
            for (String path : paths) {
                member.go(path);
                member.visible(By.id("main"));
                List<String> tooWide = member.widerThanTheWindow();
                if (!tooWide.isEmpty()) {
                    wide.add(path + " " + tooWide);
                    member.capture("too-wide-" + wide.size());
                }
            }
        }
        assertTrue(wide.isEmpty(), "Pages wider than 320 px: " + wide);
    }
}
