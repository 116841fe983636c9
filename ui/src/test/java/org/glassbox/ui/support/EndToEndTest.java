package org.glassbox.ui.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person in a real browser: Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium) driven by
 * Playwright, which downloads nothing. Screenshots go to target/e2e/.
 */
public abstract class EndToEndTest extends IntegrationTest {
    protected static final Path SHOTS = Paths.get("target", "e2e");
    private static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The first grid cell showing the text. */
    protected static Locator cell(Page page, String text) {
        return cell(page, new Locator.FilterOptions().setHasText(text));
    }

    /** The first grid cell whose text matches. */
    protected static Locator cell(Page page, java.util.regex.Pattern text) {
        return cell(page, new Locator.FilterOptions().setHasText(text));
    }

    private static Locator cell(Page page, Locator.FilterOptions showing) {
        return page.locator("vaadin-grid-cell-content").filter(showing).first();
    }

    /** A new page, logged in as the demo user, on the given path. */
    protected Page loggedIn(String user, String path) {
        return loggedIn(user, path, 1400, 1000);
    }

    /** A new page of the given window size, logged in as the demo user, on the given path. */
    protected Page loggedIn(String user, String path, int width, int height) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("http://localhost:" + port + path);
        return page;
    }
}
