package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** An auditor in a real browser opens a case's replay from the case page and steps through its history. */
class ReplayEndToEndIT extends EndToEndTest {

    @Test
    void anAuditorStepsThroughACasesHistory() {
        var c = FreezeFixtures.openCase(commands, staff, FreezeFixtures.account());
        await("the case shows its investigation", () -> get("auditor", "/api/v1/cases/" + c.caseId()).body()
                .contains("UNDER_INVESTIGATION"));

        Page auditor = loggedIn("auditor", "/cases/" + c.caseId());
        auditor.locator("#replay-case").click();
        assertThat(auditor.getByText("Event 3 of 3")).isVisible();
        auditor.locator("#previous-event").click();
        assertThat(auditor.getByText("Event 2 of 3")).isVisible();
        assertThat(auditor.getByText("FLAGGED", new Page.GetByTextOptions().setExact(true))).isVisible();
        auditor.locator("#previous-event").click();
        assertThat(auditor.getByText("Event 1 of 3")).isVisible();
        assertThat(auditor.getByText("nobody", new Page.GetByTextOptions().setExact(true))).isVisible();
        auditor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("replay.png")).setFullPage(true));
        auditor.locator("#next-event").click();
        auditor.locator("#next-event").click();
        assertThat(auditor.getByText("Event 3 of 3")).isVisible();
        assertThat(auditor.getByText("UNDER_INVESTIGATION", new Page.GetByTextOptions().setExact(true))).isVisible();
        auditor.close();
    }
}
