package org.marigold.browser;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium and chromedriver; nothing is downloaded), with waits
 * for what the person would wait for. Page objects build on it.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension LAPTOP = new Dimension(1280, 900);
    /** The narrowest screen WCAG asks pages to reflow to (320 CSS pixels, as a 1280-pixel screen at 400 % zoom). */
    public static final Dimension NARROW = new Dimension(320, 640);

    public record Dimension(int width, int height) {
    }

    private final ChromeDriver driver;
    private final URI base;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * A wait of its own for each use (a wait's message would otherwise leak into the next). Every wait looks again when
     * the page, or an update of part of it, replaced what it was reading.
     */
    private org.openqa.selenium.support.ui.FluentWait<WebDriver> patiently() {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    public static Browser open(URI base, Dimension size) {
        return open(base, size, "en-US");
    }

    /** A browser whose person prefers this language ("fr-CA"), as their system would say. */
    public static Browser open(URI base, Dimension size, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + size.width() + "," + size.height(), "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (size.width() < 500) {
            // Chromium keeps a window at least 500 pixels wide; a narrower screen is emulated as a phone's would be.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", size.width(), "height", size.height(), "deviceScaleFactor", 1, "mobile", true));
        }
        return new Browser(driver, base);
    }

    /** Runs this script in every page before the page's own scripts (Chrome DevTools protocol). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Lets the site's pages write and read the clipboard, as a person who allowed it would have. */
    public void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the clipboard holds now (the browser must have been allowed to read it). */
    public String clipboard() {
        return (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (refused) { done('clipboard refused: ' + refused); });");
    }

    /** Sets a cookie for the site, as an earlier visit would have left it (the browser must be on one of its pages). */
    public void setCookie(String name, String value) {
        driver.manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/"));
    }

    /** The value of a cookie the browser holds for the site, or null. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    public void goTo(String absoluteUrl) {
        driver.get(absoluteUrl);
    }

    public WebElement visible(By by) {
        return patiently().withMessage(() -> "Expected to see " + by + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        clickFound(by::toString, d -> d.findElement(by));
    }

    /**
     * Clicks what {@code find} locates on the page as it is now (null while it is not there). A push may re-render the
     * element, or an overlay still closing may cover it, just as it is clicked; the click did not happen then, so it
     * is tried again on the element as it is now.
     */
    public void clickFound(java.util.function.Supplier<String> what, java.util.function.Function<WebDriver, WebElement> find) {
        patiently().withMessage(() -> "Expected to click " + what.get() + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = find.apply(d);
                    if (element == null || !element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, as a person does: open the menu, click the option.
     * A click that lands while the menu is still opening, or before its script is ready, changes nothing; so this
     * goes on until the menu shows the option chosen.
     */
    public void choose(String menuId, String label) {
        By shown = By.id(menuId + "_label");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        patiently().withMessage(() -> "Expected to choose \"" + label + "\" in " + menuId + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    if (d.findElement(shown).getText().equals(label)) {
                        return true;
                    }
                    // The options exist only once the menu has been opened the first time.
                    List<WebElement> items = d.findElements(option);
                    if (!items.isEmpty() && items.get(0).isDisplayed()) {
                        items.get(0).click();
                    } else {
                        d.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
    }

    /**
     * Opens a PrimeFaces select menu with a click, as a person does, and waits for its list of options to show; Escape
     * closes it again.
     */
    public void openMenu(String menuId) {
        By panel = By.id(menuId + "_panel");
        patiently().withMessage(() -> "Expected the menu " + menuId + " to open on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    if (d.findElement(panel).isDisplayed()) {
                        return true;
                    }
                    d.findElement(By.id(menuId)).click();
                    return false;
                });
    }

    /** The id of the element that has the keyboard focus ("" for one without an id, "body" for the page itself). */
    public String focusedId() {
        WebElement focused = driver.switchTo().activeElement();
        return "body".equals(focused.getTagName()) ? "body" : String.valueOf(focused.getAttribute("id"));
    }

    /**
     * Moves the keyboard focus with Tab (at most 150 presses) until it is on this element, as someone without a mouse
     * would; fails when the element cannot be reached, or when where the focus is cannot be seen.
     */
    public WebElement tabTo(By by) {
        WebElement target = visible(by);
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int presses = 0; presses < 150; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            String outline;
            try {
                boolean there = focused.equals(target)
                        || (Boolean) driver.executeScript("return arguments[0].contains(arguments[1]);", target, focused);
                outline = there ? (String) driver.executeScript("var s = getComputedStyle(arguments[0]);"
                        + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;", focused) : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                // A push re-rendered the element (the page's update came a moment later): look for it where it is now.
                target = visible(by);
                continue;
            }
            if (outline != null) {
                if (outline.startsWith("none") && outline.endsWith("none")) {
                    throw new AssertionError("The focus on " + by + " cannot be seen: " + outline);
                }
                return focused;
            }
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + by + " on " + driver.getCurrentUrl());
    }

    /**
     * What makes the page wider than the window, so a person would have to scroll sideways to read it: the outermost
     * elements reaching past the right edge (empty when nothing does). Content that scrolls in its own box (a table)
     * does not count.
     */
    @SuppressWarnings("unchecked")
    public List<String> widerThanTheWindow() {
        return (List<String>) driver.executeScript("""
                var found = [];
                if (document.documentElement.scrollWidth <= window.innerWidth + 1) { return found; }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1)) {
                    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right));
                  }
                });
                return found.length ? found : ['the page is ' + document.documentElement.scrollWidth + ' px wide'];
                """);
    }

    /** Presses a key on whatever has the focus. */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Types into a field; if an update replaced the field meanwhile, into its new copy. */
    /**
     * Types into a box until it holds exactly this text: a draft the page puts back into a box emptied a moment before
     * (its re-render arriving between the clearing and the typing) is cleared again.
     */
    public void typeExactly(By by, String text) {
        waitFor(() -> "exactly \"" + text + "\" in " + by, d -> {
            try {
                WebElement field = visible(by);
                if (!text.equals(field.getAttribute("value"))) {
                    field.clear();
                    field.sendKeys(text);
                }
                return text.equals(visible(by).getAttribute("value"));
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException replaced) {
                return false;
            }
        });
    }

    public void type(By by, String text) {
        waitFor(() -> "\"" + text + "\" typed into " + by, d -> {
            try {
                WebElement field = visible(by);
                if (!text.equals(field.getAttribute("value"))) {
                    field.clear();
                    field.sendKeys(text);
                }
                // A field that formats what is typed (a number with separators) shows other characters; a copy that
                // replaced the field after typing shows nothing.
                String shown = visible(by).getAttribute("value");
                return text.isEmpty() || !(shown == null || shown.isEmpty());
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException replaced) {
                return false; // replaced by an update, or not yet shown by it: typed again into what is there now
            }
        });
    }

    /** Waits until the page shows these words somewhere a person can see them. */
    public void waitForText(String words) {
        patiently().withMessage(() -> "Expected to see \"" + words + "\" on " + driver.getCurrentUrl() + " but the page reads: "
                        + driver.findElement(By.tagName("body")).getText())
                .until(replacedMeanwhile(d -> d.findElement(By.tagName("body")).getText().contains(words)));
    }

    /**
     * A condition read again later when the page replaced what it was reading: as an update swaps a part of the page,
     * Chromium may answer that a node "does not belong to the document" rather than that it is stale.
     */
    private static <T> java.util.function.Function<WebDriver, T> replacedMeanwhile(java.util.function.Function<WebDriver, T> condition) {
        return d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw replaced;
            }
        };
    }

    /** Waits for a condition of the page; the description says what was awaited when it never comes. */
    public void waitFor(java.util.function.Supplier<String> awaited, java.util.function.Function<WebDriver, Boolean> condition) {
        patiently().withMessage(() -> "Waited for " + awaited.get() + " on " + driver.getCurrentUrl() + "; the page reads: "
                        + driver.findElement(By.tagName("body")).getText())
                .until(replacedMeanwhile(condition));
    }

    /**
     * Waits until no date picker's calendar covers the page, pressing Escape in its field again while one does: the
     * calendar may open again on the focus that follows typing, just after the first Escape.
     */
    public void closeDatePicker(By field) {
        waitFor(() -> "the calendar to close", d -> {
            boolean open = d.findElements(By.cssSelector(".ui-datepicker-panel, .ui-datepicker-calendar")).stream()
                    .anyMatch(WebElement::isDisplayed);
            if (open) {
                d.findElement(field).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                // Escape is not always heard (the field may have lost the focus): a click elsewhere closes it too, as
                // it would for a person.
                driver.executeScript("document.activeElement && document.activeElement.blur();"
                        + "document.body.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
                        + "document.body.dispatchEvent(new MouseEvent('click', {bubbles: true}));");
            }
            return !open;
        });
    }

    public void waitForPath(String pathEnding) {
        patiently().withMessage(() -> "Expected to arrive at " + pathEnding + " but am at " + driver.getCurrentUrl())
                .until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith(pathEnding));
    }

    /** The visible text of an element; read again if a push re-renders it while it is being read. */
    public String text(By by) {
        return patiently().withMessage(() -> "Expected to read " + by + " on " + driver.getCurrentUrl())
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page as it is now, one line per rule broken, with the
     * elements that break it; empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // WCAG 2.5.3 (label in name), which axe still calls experimental and leaves out unless asked.
        options.setRules(Map.of("label-content-name-mismatch", enabled));
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withOptions(options).analyze(driver);
        if (results.getErrorMessage() != null) {
            return List.of("axe could not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .map(rule -> driver.getCurrentUrl() + " — " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getHtml()).limit(4).toList())
                .toList();
    }

    /**
     * Saves what the person sees as {@code <name>.png} when {@code -Dscreenshots.dir=...} is given,
     * so a developer can look at the pages a test went through; does nothing otherwise.
     */
    public void capture(String name) {
        String folder = System.getProperty("screenshots.dir");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path target = java.nio.file.Path.of(folder, name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
