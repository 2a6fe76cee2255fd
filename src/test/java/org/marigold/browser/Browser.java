package org.marigold.browser;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
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

    public record Dimension(int width, int height) {
    }

    private final ChromeDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open(URI base, Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + size.width() + "," + size.height(), "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /** Runs this script in every page before the page's own scripts (Chrome DevTools protocol). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
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
        return wait.withMessage(() -> "Expected to see " + by + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        // A push may re-render the element, or an overlay still closing may cover it, just as it is clicked; the
        // click did not happen then, so it is tried again on the element as it is now.
        wait.withMessage(() -> "Expected to click " + by + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
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
        wait.withMessage(() -> "Expected to choose \"" + label + "\" in " + menuId + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
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

    public void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the page shows these words somewhere a person can see them. */
    public void waitForText(String words) {
        wait.withMessage(() -> "Expected to see \"" + words + "\" on " + driver.getCurrentUrl() + " but the page reads: "
                        + driver.findElement(By.tagName("body")).getText())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(words));
    }

    /** Waits for a condition of the page; the description says what was awaited when it never comes. */
    public void waitFor(java.util.function.Supplier<String> awaited, java.util.function.Function<WebDriver, Boolean> condition) {
        wait.withMessage(() -> "Waited for " + awaited.get() + " on " + driver.getCurrentUrl() + "; the page reads: "
                        + driver.findElement(By.tagName("body")).getText())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
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
            }
            return !open;
        });
    }

    public void waitForPath(String pathEnding) {
        wait.withMessage(() -> "Expected to arrive at " + pathEnding + " but am at " + driver.getCurrentUrl())
                .until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith(pathEnding));
    }

    /** The visible text of an element; read again if a push re-renders it while it is being read. */
    public String text(By by) {
        return wait.withMessage(() -> "Expected to read " + by + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
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
