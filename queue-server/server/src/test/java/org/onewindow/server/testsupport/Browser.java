package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Chromium, headless, driven through its chromedriver (Debian's chromium and
 * chromium-driver packages), against a server under test. Screenshots go to the directory named
 * by the system property {@code console.screenshots.dir}, when it is set.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** A new browser (own cookies) for the server on {@code port}; the test is skipped without Chromium. */
    public static Browser open(int port, String language) {
        ChromeOptions options = options(language);
        options.addArguments("--window-size=1366,900");
        return start(port, options);
    }

    /**
     * A phone's browser: a viewport of {@code width} x {@code height} CSS pixels with touch, as
     * Chromium's device emulation makes it, and sound allowed without a gesture being checked.
     */
    public static Browser phone(int port, String language, int width, int height) {
        ChromeOptions options = options(language);
        options.addArguments("--window-size=" + width + "," + height);
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        return start(port, options);
    }

    private static ChromeOptions options(String language) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=" + language, "--force-device-scale-factor=1");
        return options;
    }

    private static Browser start(int port, ChromeOptions options) {
        // The consoles run on the hall's machines, in the hall's time zone: a day in the console is
        // the hall's day, whatever zone the test machine keeps.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai")).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public void signIn(String user, String password) {
        go("/console/");
        WebElement name = waitVisible("#username");
        name.clear();
        name.sendKeys(user);
        find("#password").sendKeys(password);
        click("#signin-button");
    }

    /** Clicks, trying again if the page re-rendered the element meanwhile (live updates do). */
    public void click(String css) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            if (!e.isDisplayed() || !e.isEnabled()) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Types into a field, again from the start if the page re-rendered it meanwhile (live updates do). */
    public void type(String css, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.cssSelector(css));
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /** An attribute of an element, read again if the page re-rendered the element meanwhile (live updates do). */
    public String attribute(String css, String name) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getAttribute(name));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitVisible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitText(String css, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' did not appear in " + css + " on " + driver.getCurrentUrl()
                    + "; it shows: " + findAll(css).stream().map(WebElement::getText).toList(), e);
        }
    }

    /** Waits until something matches, shown or not. */
    public WebElement waitPresent(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until nothing matches any more. */
    public void waitGone(String css) {
        try {
            wait.until(d -> d.findElements(By.cssSelector(css)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(css + " is still on " + driver.getCurrentUrl(), e);
        }
    }

    /** Scrolls the page so that the element is at the top, for a screenshot of it. */
    public void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(css));
    }

    /** Loads the page again, as a person pressing F5. */
    public void reload() {
        driver.navigate().refresh();
    }

    public void waitClickable(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    public void waitUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Runs a script in the page; async scripts call the last argument with their result. */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    public void screenshot(String name) {
        screenshotAs("console-" + name);
    }

    /** A screenshot named exactly {@code fileName}.png, for pages that are not the consoles'. */
    public void screenshotAs(String fileName) {
        String dir = System.getProperty("console.screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(dir).resolve(fileName + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
