package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import com.microsoft.playwright.Page;

/** An investigator in a real browser uploads a file to a case and sees its SHA-256 in the evidence grid. */
class EvidenceEndToEndIT extends EndToEndTest {

    @Test
    void investigatorUploadsAFileAndSeesItsFingerprint() throws Exception {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("e2e"), "Upload Markets"), List.of("UID-1001"), List.of("UPLUSDT"),
                Set.of(Behaviour.POST_LISTING_DUMP), "sold after listing", Severity.HIGH, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        Path file = Files.createTempFile("loan-agreement", ".txt");
        Files.writeString(file, "Token loan agreement: no sales in the first 30 days. " + UUID.randomUUID());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        await("the case shows its assignee", () -> get("investigator", "/api/v1/cases/" + c.caseId()).body()
                .contains("\"version\":2"));

        Page page = loggedIn("investigator", "/cases/" + c.caseId());
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("Evidence")).click();
        page.locator("#add-evidence").click();
        // The kind comes first: market data is read as the kind chosen when it arrives.
        page.locator("vaadin-select").first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("Contract")).click();
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(file);
        assertThat(page.getByText("SHA-256 " + sha256.substring(0, 12))).isVisible();
        page.getByLabel("Title").fill("Token loan agreement");
        page.getByLabel("Source system").fill("legal");
        page.getByLabel("Post listing dump").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("evidence-upload.png")));
        page.locator("#submit-evidence").click();

        assertThat(page.locator("#submit-evidence")).isHidden();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(sha256.substring(0, 12) + "..."))).isVisible();
        assertThat(page.getByText("Token loan agreement").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("evidence-tab.png")).setFullPage(true));
        page.close();
        Files.deleteIfExists(file);
    }
}
