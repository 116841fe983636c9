package org.glassbox.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.SourceKind;
import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceAccess;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.EndToEndTest;
import org.glassbox.ui.support.ScreenSweep;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * Every role walks every screen and dialog it may open, on the demo data, at 1280 and 1440 pixels, and
 * no screen may show an enum code, a class or event type name, a raw UUID outside a details area, an ISO
 * timestamp, or text cut off by its box. Every screen is photographed into target/e2e/sweep/index.html,
 * with what was found on it, so a failure can be looked at.
 */
class ScreenSweepEndToEndIT extends EndToEndTest {
    private static final int[] WIDTHS = {1280, 1440};
    private static ScreenSweep sweep;

    /** The demo cases by what they are (DemoData): the GPS case has everything, SHELL awaits closure. */
    private Map<String, String> demo;

    @BeforeEach
    void demoCases() {
        await("the demo cases are on the read side", () -> jdbc.queryForObject(
                "SELECT count(*) FROM case_view WHERE market_maker_id IN ('mm-7', 'mm-12')", Long.class) >= 7);
        demo = Map.of(
                "gps", reference("About 70M GPS sold%"),
                "shell", reference("Borrowed SHELL tokens%"),
                "alert", reference("Large bid walls on MOVEUSDT%"),
                "kpi", reference("The ZKJ project reports%"),
                "closed", reference("Volume spike on PEPEUSDT%"));
        if (sweep == null) {
            List<String> eventTypes = jdbc.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry",
                    String.class).stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
            sweep = new ScreenSweep(SHOTS.resolve("sweep"), List.of(Role.class, Severity.class, Behaviour.class,
                    ClosureOutcome.class, CaseSort.class, SourceKind.class, AllegationStatus.class, CaseStatus.class,
                    ApprovalRequest.Kind.class, FreezeStatus.class, FreezeScope.class, Urgency.class,
                    AnalysisStatus.class, EvidenceAccess.class, MarketDataFormat.class, Confidentiality.class,
                    EvidenceKind.class, NoticeKind.class, DisclosureStatus.class), eventTypes);
        }
    }

    private String reference(String summary) {
        return jdbc.queryForObject("SELECT reference FROM case_view WHERE market_maker_id IN ('mm-7', 'mm-12')"
                + " AND summary LIKE ?", String.class, summary);
    }

    @AfterAll
    static void report() {
        if (sweep != null) {
            System.out.println("Screens and findings: " + sweep.writeReport().toAbsolutePath());
        }
    }

    @Test
    void everyScreenAnInvestigatorOpensSpeaksToPeople() {
        walk("investigator", w -> {
            w.open("Case list", "/cases");
            w.page.getByLabel("Search").fill("Northwind");
            w.look("Case list searched for a market maker");
            w.open("Flag a case", "/cases/new");
            w.open("Case under investigation", "/cases/" + demo.get("gps"));
            w.actionDialogs();
            w.tab("Evidence");
            w.dialog("Add evidence", "#add-evidence");
            w.dialog("Evidence item", cell(w.page, "Self-match report, GPSUSDT"));
            w.tab("Freezes");
            w.dialog("Request a freeze", "#request-freeze");
            w.dialog("A freeze in force", cell(w.page, "UID-100234, UID-100235"));
            w.tab("Analyses");
            w.dialog("Run an analysis", "#run-analysis");
            w.click("An analysis and its figures", cell(w.page, Pattern.compile("^D1 ")));
            w.tab("Notices");
            w.dialog("Draft a notice", "#draft-notice");
            w.dialog("A published notice", cell(w.page, demo.get("gps") + "-N1"));
            w.open("New alert, unassigned", "/cases/" + demo.get("alert"));
            w.actionDialogs();
            w.open("Accounts", "/accounts");
            w.page.getByLabel("Exchange account id").fill("UID-100234");
            w.click("An account looked up", "#look-up-account");
            w.open("Notices in progress", "/notices");
            w.open("No such case", "/cases/GBX-1999-999999");
            w.open("A page of another role", "/admin/read-models");
        });
    }

    @Test
    void everyScreenASupervisorOpensSpeaksToPeople() {
        walk("supervisor", w -> {
            w.open("Approvals", "/approvals");
            w.dialog("A freeze waiting for approval", cell(w.page, "Freeze (routine)"));
            w.open("Closure proposed", "/cases/" + demo.get("shell"));
            w.actionDialogs();
            w.tab("Notices");
            w.dialog("A correction waiting for approval", cell(w.page, "Correction"));
            w.open("Flagged and assigned", "/cases/" + demo.get("kpi"));
            w.actionDialogs();
            w.open("Case under investigation", "/cases/" + demo.get("gps"));
            w.actionDialogs();
            w.tab("Evidence");
            w.dialog("Evidence item", cell(w.page, "Self-match report, GPSUSDT"));
            w.tab("Freezes");
            w.dialog("A freeze in force", cell(w.page, "UID-100234, UID-100235"));
            w.dialog("A freeze requested", cell(w.page, "UID-100236"));
            w.tab("Notices");
            w.dialog("A published notice", cell(w.page, demo.get("gps") + "-N1"));
            w.open("Closed case", "/cases/" + demo.get("closed"));
            w.actionDialogs();
        });
    }

    @Test
    void everyScreenCommunicationsOpenSpeaksToPeople() {
        walk("communications", w -> {
            w.open("Notices in progress", "/notices");
            w.click("A notice in progress, opened on its case", w.page.locator("#notices-in-progress a")
                    .filter(new Locator.FilterOptions().setHasText(demo.get("shell"))).first());
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(w.page.getByRole(AriaRole.TAB,
                    new Page.GetByRoleOptions().setName("Notices"))).hasAttribute("aria-selected", "true");
            w.open("Case list", "/cases");
            w.open("Open case with a notice", "/cases/" + demo.get("shell"));
            w.tab("Evidence");
            w.tab("Notices");
            w.dialog("Draft a notice", "#draft-notice");
            w.dialog("A published notice", cell(w.page, demo.get("shell") + "-N1"));
            w.open("Public registry", "/public/notices");
            w.open("A public notice", "/public/notices/" + demo.get("gps") + "-N1");
            w.open("No such public notice", "/public/notices/GBX-1999-999999-N1");
            w.open("Verify a notice", "/public/verify");
            w.page.locator("input[type=file]").setInputFiles(new FilePayload("notice.pdf", "application/pdf",
                    "%PDF-1.7 not a published notice".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            w.page.locator("button[type=submit]").click();
            w.page.waitForURL(url -> url.endsWith("/public/verify"));
            w.look("Verify, not a published notice");
            w.open("A page of another role", "/accounts");
        });
    }

    @Test
    void everyScreenAnAuditorOpensSpeaksToPeople() {
        walk("auditor", w -> {
            w.open("Case list", "/cases");
            w.open("Audit", "/audit");
            w.page.locator("#case-search input").fill("GPS");
            w.look("Audit, a case found");
            w.open("Replay", "/audit/cases/" + demo.get("gps"));
            w.click("Replay, one event back", "#previous-event");
            w.click("Replay, the stored event opened", "#event-stored");
            w.open("Case under investigation", "/cases/" + demo.get("gps"));
            w.tab("Evidence");
            w.dialog("Evidence item", cell(w.page, "Self-match report, GPSUSDT"));
            w.tab("Freezes");
            w.dialog("A freeze in force", cell(w.page, "UID-100234, UID-100235"));
            w.tab("Analyses");
            w.tab("Notices");
            w.open("Accounts", "/accounts");
        });
    }

    @Test
    void everyScreenAnAdministratorOpensSpeaksToPeople() {
        walk("admin", w -> {
            w.open("Read models", "/admin/read-models");
            w.open("A page of another role", "/cases");
        });
    }

    /** The role walks the screens at each width; the test fails on anything found, listing all of it. */
    private void walk(String user, Consumer<Walk> screens) {
        for (int width : WIDTHS) {
            Page page = loggedIn(user, "/", width, 900);
            try {
                screens.accept(new Walk(page, user, width));
            } finally {
                page.close();
            }
        }
        List<String> problems = sweep.problems(user);
        assertThat(problems).as("screens of %s (photographs in %s)", user, sweep.writeReport()).isEmpty();
    }

    /** One role at one width, going from screen to screen. */
    private final class Walk {
        final Page page;
        final String role;
        final int width;

        Walk(Page page, String role, int width) {
            this.page = page;
            this.role = role;
            this.width = width;
        }

        void open(String name, String path) {
            page.navigate("http://localhost:" + port + path);
            look(name);
        }

        void look(String name) {
            sweep.look(page, role, width, name);
        }

        void tab(String label) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
            look(label + " tab");
        }

        void click(String name, String selector) {
            click(name, page.locator(selector).first());
        }

        void click(String name, Locator target) {
            target.click();
            look(name);
        }

        void dialog(String name, String opener) {
            dialog(name, page.locator(opener).first());
        }

        /** Opens the dialog, looks at it, and closes it with its own close button (which every dialog has). */
        void dialog(String name, Locator opener) {
            opener.click();
            Locator close = page.locator("#close-dialog");
            close.first().waitFor();
            look(name + " (dialog)");
            close.first().click();
            close.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            ScreenSweep.settle(page);
        }

        /** Every decision the case page offers this role, each dialog in turn (none is confirmed). */
        void actionDialogs() {
            List<String> ids = new ArrayList<>();
            page.locator("[id^='action-']").all().forEach(button -> ids.add(button.getAttribute("id")));
            for (String id : ids) {
                dialog(page.locator("#" + id).textContent().strip(), "#" + id);
            }
        }
    }
}
