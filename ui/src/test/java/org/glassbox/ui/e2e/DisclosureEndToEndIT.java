package org.glassbox.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Three people and a member of the public in real browsers: an investigator drafts a notice, a
 * supervisor approves it, communications publish it, and anyone opens its public page and downloads
 * the PDF. The PDF's first page is drawn with pdftoppm into the test report (ui/target/e2e/).
 */
class DisclosureEndToEndIT extends EndToEndTest {
    @Autowired
    EvidenceIntake intake;

    @Test
    void aNoticeIsDraftedApprovedPublishedAndReadByThePublic() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the case shows its finding and freeze", () -> get("auditor", "/api/v1/cases/" + c.caseId()).body()
                .contains("SUBSTANTIATED") && get("auditor", "/api/v1/freezes/" + c.freezeId()).body()
                        .contains("\"status\":\"EXECUTED\""));

        Page investigator = loggedIn("investigator", "/cases/" + c.caseId());
        investigator.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notices")).click();
        investigator.locator("#draft-notice").click();
        investigator.getByLabel("Period of the conduct").fill("4-8 March 2026");
        investigator.getByLabel("Volume involved").fill("about 70M GPS (~$5M)");
        investigator.getByLabel("The market maker was offboarded").check();
        investigator.locator("#create-draft").click();
        assertThat(investigator.locator("#submit-disclosure")).isVisible();
        investigator.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notice-draft.png")));
        investigator.locator("#submit-disclosure").click();
        assertThat(investigator.locator("#submit-disclosure")).isHidden();
        investigator.close();

        Page supervisor = loggedIn("supervisor", "/approvals");
        // The queue holds the demo's notices too: the row of this case.
        cell(supervisor, c.reference()).click();
        supervisor.waitForURL(Pattern.compile(".*/cases/" + c.reference() + "$"));
        supervisor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notices")).click();
        cell(supervisor, "Submitted").click();
        supervisor.locator("#approve-disclosure").click();
        assertThat(supervisor.locator("#approve-disclosure")).isHidden();
        supervisor.close();

        Page communications = loggedIn("communications", "/cases/" + c.caseId());
        communications.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notices")).click();
        cell(communications, "Approved").click();
        communications.locator("#publish-disclosure").click();
        assertThat(cell(communications, c.reference() + "-N1")).isVisible();
        communications.close();

        Page visitor = browser.newPage();
        visitor.navigate("http://localhost:" + port + "/public/notices");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(c.reference() + "-N1")).click();
        assertThat(visitor.locator("h1")).containsText(c.reference() + "-N1");
        assertThat(visitor.locator("body")).not().containsText(c.account());
        assertThat(visitor.locator("body")).not().containsText(c.internalTitle());
        String sha = visitor.locator("#pdf-sha256").textContent().strip();
        visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notice-public-page.png"))
                .setFullPage(true));
        Download download = visitor.waitForDownload(() -> visitor.evaluate("""
                () => { const a = document.createElement('a'); a.href = document.querySelector('a[href$=".pdf"]').href;
                        a.download = 'notice.pdf'; document.body.appendChild(a); a.click(); }"""));
        Path pdf = SHOTS.resolve("notice.pdf");
        download.saveAs(pdf);
        String downloaded = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(pdf)));
        org.assertj.core.api.Assertions.assertThat(downloaded).as("the PDF is the one the page fingerprints")
                .isEqualTo(sha);
        visitor.close();

        Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", pdf.toString(),
                SHOTS.resolve("notice-page").toString()).redirectErrorStream(true).start();
        org.assertj.core.api.Assertions.assertThat(render.waitFor(30, TimeUnit.SECONDS)).isTrue();
        org.assertj.core.api.Assertions.assertThat(render.exitValue()).as(new String(render.getInputStream()
                .readAllBytes())).isZero();
        org.assertj.core.api.Assertions.assertThat(SHOTS.resolve("notice-page-1.png")).exists();
    }
}
