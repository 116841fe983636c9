package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.analysis.generator.MarketDataGenerator;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.EndToEndTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An investigator in a real browser uploads a generated trade export, runs D1 on it and sees the price
 * path with the market maker's sells (screenshots in target/e2e).
 */
class AnalysisEndToEndIT extends EndToEndTest {

    @Test
    void investigatorUploadsTradesRunsTheDumpAnalysisAndSeesTheChart() throws Exception {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("e2e"), "Northwind Liquidity"),
                List.of("UID-100234", "UID-100235", "UID-100236"), List.of("GPSUSDT"),
                Set.of(Behaviour.POST_LISTING_DUMP), "sold after listing", Severity.HIGH, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        Path dir = Files.createTempDirectory("e2e-market");
        var files = MarketDataGenerator.write(new MarketDataGenerator.Options(System.nanoTime(), 3000, 50, false, false),
                dir);
        await("the case shows its assignee", () -> get("investigator", "/api/v1/cases/" + c.caseId()).body()
                .contains("\"version\":2"));

        Page page = loggedIn("investigator", "/cases/" + c.caseId());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Evidence")).click();
        page.locator("#add-evidence").click();
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(files.trades());
        assertThat(page.getByText("rows)")).isVisible();
        page.getByLabel("Title").fill("GPSUSDT trades");
        page.getByLabel("Source system").fill("matching engine");
        page.locator("#submit-evidence").click();
        assertThat(page.locator("#submit-evidence")).isHidden();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Analyses")).click();
        page.locator("#run-analysis").click();
        page.locator("#analysis-method").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("D1 Dumping after listing")).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analysis-form.png")));
        page.locator("#submit-analysis").click();
        Locator completed = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Completed"));
        assertThat(completed.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(60_000));
        // The run just asked for is shown as it progresses, and with its result once done.
        assertThat(page.locator("#analysis-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#analysis-chart canvas").first()).isVisible();
        assertThat(page.locator("#result-digest")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        assertThat(page.getByText("70,000,000.00").first()).isVisible();
        page.locator("#analysis-chart").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analysis-d1.png")).setFullPage(true));
        page.close();
    }
}
