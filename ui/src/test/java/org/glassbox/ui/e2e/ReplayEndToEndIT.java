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

        Page auditor = loggedIn("auditor", "/cases/" + c.reference());
        auditor.locator("#replay-case").click();
        assertThat(auditor.getByText("Event 3 of 3")).isVisible();
        auditor.locator("#previous-event").click();
        assertThat(auditor.getByText("Event 2 of 3")).isVisible();
        assertThat(auditor.locator(".gb-badge.FLAGGED")).hasText("Flagged");
        auditor.locator("#previous-event").click();
        assertThat(auditor.getByText("Event 1 of 3")).isVisible();
        assertThat(auditor.getByText("Unassigned", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(auditor.locator("#event-described")).containsText("Investigator investigator flagged Freeze Capital");
        assertThat(auditor.locator("#replay-time-axis[data-drawn=true]")).isVisible();
        auditor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("replay.png")).setFullPage(true));
        auditor.locator("#next-event").click();
        auditor.locator("#next-event").click();
        assertThat(auditor.getByText("Event 3 of 3")).isVisible();
        assertThat(auditor.locator(".gb-badge.UNDER_INVESTIGATION")).hasText("Under investigation");
        assertThat(auditor.locator("#event-stored")).not().hasAttribute("opened", "");
        auditor.locator("#event-stored").click();
        assertThat(auditor.locator("#event-stored pre")).containsText("Type: InvestigationStarted");
        auditor.close();
    }
}
