package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.glassbox.ui.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * An investigator in a real browser runs K1 on the demo GPS case (its order events and the agreement's
 * KPI terms) and sees the market maker's spread against the KPI line with each breach shaded, the
 * breaches to the second and each day; the digest is the demo run's, from the same bytes (screenshots
 * in target/e2e).
 */
class KpiComplianceEndToEndIT extends EndToEndTest {

    @Test
    void investigatorRunsKpiComplianceOnTheDemoCaseAndSeesTheBreachesShaded() {
        await("the demo's K1 run is done", () -> jdbc.queryForObject("SELECT count(*) FROM analysis_run r JOIN case_view c"
                + " ON c.case_id = r.case_id WHERE c.summary LIKE 'About 70M GPS sold%' AND r.method = 'K1'"
                + " AND r.result_digest IS NOT NULL", Long.class) == 1);
        String reference = jdbc.queryForObject("SELECT reference FROM case_view WHERE summary LIKE 'About 70M GPS sold%'",
                String.class);
        String demoDigest = jdbc.queryForObject("SELECT r.result_digest FROM analysis_run r JOIN case_view c ON"
                + " c.case_id = r.case_id WHERE c.reference = ? AND r.method = 'K1'", String.class, reference);

        Page page = loggedIn("investigator", "/cases/" + reference + "?tab=analyses", 1440, 1000);
        page.locator("#run-analysis").click();
        page.locator("#analysis-method").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("K1 Market-making KPI compliance")).click();
        assertThat(page.locator("#analysis-inputs")).containsText("KPI terms for GPSUSDT");
        page.locator("#submit-analysis").click();
        assertThat(page.locator("#submit-analysis")).isHidden();

        // The run just asked for is shown, and with its result once done.
        assertThat(page.locator("#result-digest")).hasText(demoDigest, new LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
        assertThat(page.locator("#analysis-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#analysis-chart-2[data-drawn=true]")).isVisible();
        Object shaded = page.locator("#analysis-chart").evaluate(
                "el => { const m = el.__chart.getOption().series[0].markArea; return (Array.isArray(m) ? m[0] : m).data.length; }");
        assertThat(page.locator("#kpi-breaches")).isVisible();
        org.assertj.core.api.Assertions.assertThat(((Number) shaded).intValue())
                .as("the spread and presence breaches shaded on the spread chart").isGreaterThanOrEqualTo(5);
        assertThat(page.locator("#kpi-breaches")).containsText("spread too wide");
        assertThat(page.locator("#kpi-breaches")).containsText("no bid or no ask");
        assertThat(page.locator("#kpi-daily")).containsText("missed");
        page.locator("#analysis-chart").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analysis-k1.png")));
        page.locator("#kpi-daily").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analysis-k1-tables.png")));
        page.close();
    }
}
