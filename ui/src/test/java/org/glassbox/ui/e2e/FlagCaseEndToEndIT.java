package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.glassbox.ui.support.EndToEndTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person in a real browser: logs in, flags a case with the form, and finds it in the case list.
 * Drives Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium); Playwright downloads nothing.
 */
class FlagCaseEndToEndIT extends EndToEndTest {

    @Test
    void investigatorLogsInFlagsACaseAndFindsItInTheList() {
        String mm = TestCommands.unique("e2e");
        Page page = loggedIn("investigator", "/cases/new");

        page.getByLabel("Market maker id").fill(mm);
        page.getByLabel("Market maker name").fill("Browser Liquidity");
        page.getByLabel("Accounts (one per line)").fill("UID-100234\nUID-100235");
        page.getByLabel("Symbols (comma-separated)").fill("GPSUSDT");
        page.getByLabel("Wash trading").check();
        page.getByLabel("Summary").fill("Self-matched GPS volume seen from a real browser");
        page.getByLabel("Critical").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("flag-form.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flag case")).click();

        page.waitForURL(Pattern.compile(".*/cases/GBX-\\d{4}-\\d{6}$"));
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
