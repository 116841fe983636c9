package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.support.EndToEndTest;
import org.glassbox.ui.support.FreezeFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Two people in real browsers: an investigator requests a freeze from the case page, a supervisor
 * approves it from the approvals queue, and the account system freezes the account.
 */
class FreezeEndToEndIT extends EndToEndTest {
    @Autowired
    ExchangeAccountSimulator exchange;

    @Test
    void anInvestigatorRequestsAFreezeAndASupervisorApprovesIt() {
        String account = FreezeFixtures.account();
        FlaggedCase c = FreezeFixtures.openCase(commands, staff, account);
        await("the case shows its assignee", () -> get("investigator", "/api/v1/cases/" + c.caseId()).body()
                .contains("\"version\":2"));

        Page investigator = loggedIn("investigator", "/cases/" + c.caseId());
        investigator.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Freezes")).click();
        investigator.locator("#request-freeze").click();
        investigator.getByLabel("Proceeds to hold (optional, one per line: ASSET AMOUNT)").fill("USDT 5000000");
        investigator.getByLabel("Justification").fill("Proceeds of the GPS dump must not leave the exchange");
        investigator.getByLabel("Urgent").check();
        investigator.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("freeze-request.png")));
        investigator.locator("#submit-freeze").click();
        assertThat(investigator.locator("#submit-freeze")).isHidden();
        assertThat(cell(investigator, "Requested")).isVisible();
        investigator.close();

        Page supervisor = loggedIn("supervisor", "/approvals");
        Locator request = cell(supervisor, "Proceeds of the GPS dump must not leave the exchange");
        assertThat(request).isVisible();
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approvals-queue.png"))
                .setFullPage(true));
        request.click();
        supervisor.getByLabel("Reason").fill("Proportionate: the dump is documented");
        supervisor.locator("#approve-freeze").click();
        assertThat(supervisor.locator("#approve-freeze")).isHidden();
        assertThat(cell(supervisor, "Proceeds of the GPS dump must not leave the exchange")).isHidden();

        await("the account system froze the account", () -> "FULL".equals(exchange.frozenScope(account)));
        supervisor.navigate("http://localhost:" + port + "/accounts?id=" + account);
        assertThat(supervisor.locator("#account-answer")).containsText(account + " is frozen (full) since");
        assertThat(cell(supervisor, c.reference())).isVisible();
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("accounts-view.png"))
                .setFullPage(true));
        supervisor.close();
    }
}
