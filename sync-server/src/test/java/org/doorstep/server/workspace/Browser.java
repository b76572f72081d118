package org.doorstep.server.workspace;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless chromium (Debian's, with its chromedriver) for every browser test in the run,
 * closed when the JVM ends; plus the checks each page gets: axe-core WCAG 2.2 A/AA, and screenshots when asked for.
 */
public final class Browser {

    /**
     * Clicks what submits a form or follows a link, and waits until the next page has replaced this
     * one: on a busy 2-core CI machine the old page can still be there when the next lookup runs.
     */
    public static void clickAndWait(ChromeDriver d, By target) {
        WebElement page = d.findElement(By.tagName("html"));
        d.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        // The old page is gone once asking about its root fails; Chrome may say so as a stale
        // element or, mid-navigation, as another inspector error, so any WebDriverException counts.
        wait.until(x -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(x -> "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
    }


    private static ChromeDriver driver;
    private static Path profile;

    private Browser() {
    }

    public static synchronized ChromeDriver shared() {
        if (driver == null) {
            try {
                profile = Files.createTempDirectory("doorstep-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit));
        }
        return driver;
    }

    public static synchronized void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Fresh session: no cookies from an earlier test. */
    public static ChromeDriver signedOut(String base) {
        ChromeDriver d = shared();
        d.get(base + "signin");
        d.manage().deleteAllCookies();
        return d;
    }

    /**
     * A fresh session signed in through the sign-in page as {@code username} with the test password;
     * returns once the page after sign-in has loaded.
     */
    public static ChromeDriver signIn(String base, String username) {
        ChromeDriver d = signedOut(base);
        d.get(base + "signin");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(org.doorstep.server.TestWorld.PASSWORD);
        clickAndWait(d, By.id("sign-in"));
        return d;
    }

    /** Waits (up to 10 seconds) until the address contains {@code part}: a submitted form has landed. */
    public static void waitForUrl(ChromeDriver d, String part) {
        new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    /** Fails the test if axe-core finds any WCAG 2.2 A/AA violation on the current page, named {@code page}. */
    public static void assertAccessible(ChromeDriver d, String page) {
        org.junit.jupiter.api.Assertions.assertEquals("", accessibilityViolations(d), "WCAG 2.2 A/AA violations on " + page);
    }

    /**
     * axe-core on the current page: no WCAG 2.0/2.1/2.2 A or AA violations. In legacy mode axe runs once
     * in the page itself; the default mode runs it in parts and finishes in a new blank window, which is
     * for pages with cross-origin iframes (ours have none). Same rules, same results; on the dashboard a
     * check took 0.6-1.0 s in legacy mode against 0.9-1.5 s, and the browser tests make 142 checks.
     */
    public static String accessibilityViolations(ChromeDriver d) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
                .setLegacyMode(true)
                .analyze(d);
        List<Rule> violations = results.getViolations();
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Where screenshots go: only with {@code -Dscreenshots=DIR} (README, "Screenshots"). A test run
     * without it takes none, since each shot resizes the window and encodes a PNG at two widths, and
     * nothing a test proves depends on the picture.
     */
    public static Optional<Path> screenshotDir() {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.createDirectories(Path.of(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With {@code -Dscreenshots=DIR}, the whole page at desktop (1280) and tablet (800) widths as
     * DIR/web-NAME[-tablet].png (docs/screenshots/ holds the published ones); without it, nothing.
     */
    public static void screenshots(ChromeDriver d, String name) {
        Optional<Path> dir = screenshotDir();
        if (dir.isEmpty()) {
            return;
        }
        try {
            for (int width : new int[] {1280, 800}) {
                d.manage().window().setSize(new Dimension(width, 900));
                long height = ((Number) ((JavascriptExecutor) d).executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
                d.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 5000)));
                byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
                Files.write(dir.get().resolve("web-" + name + (width == 800 ? "-tablet" : "") + ".png"), png);
            }
            d.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
