package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person in a real browser: logs in, flags a case with the form, and finds it in the case list.
 * Drives Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium); Playwright downloads nothing.
 */
class FlagCaseEndToEndIT extends IntegrationTest {
    private static final Path SHOTS = Paths.get("target", "e2e");
    private static Playwright playwright;
    private static Browser browser;

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

    @Test
    void investigatorLogsInFlagsACaseAndFindsItInTheList() {
        String mm = TestCommands.unique("e2e");
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(30_000);

        page.navigate("http://localhost:" + port + "/cases/new");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.getByLabel("Username").fill("investigator");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("http://localhost:" + port + "/cases/new");

        page.getByLabel("Market maker id").fill(mm);
        page.getByLabel("Market maker name").fill("Browser Liquidity");
        page.getByLabel("Accounts (one per line)").fill("UID-100234\nUID-100235");
        page.getByLabel("Symbols (comma-separated)").fill("GPSUSDT");
        page.getByLabel("Wash trading").check();
        page.getByLabel("Summary").fill("Self-matched GPS volume seen from a real browser");
        page.getByLabel("Critical").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("flag-form.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flag case")).click();

        page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
        Locator heading = page.locator("h2").first();
        assertThat(heading).hasText(Pattern.compile("GBX-\\d{4}-\\d{6}"));
        String reference = heading.textContent().strip();
        assertThat(page.getByText("Browser Liquidity (" + mm + ")", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-page.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases")).click();
        page.waitForURL(Pattern.compile(".*/cases$"));
        page.getByLabel("Search").fill(reference);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(reference)))
                .isVisible();
        assertThat(page.getByText("1 case", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-list.png")).setFullPage(true));
        page.close();
    }
}
