package org.glassbox.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.tabs.TabSheet;

/** The evidence tab, upload dialog and item dialog as investigators and auditors use them. */
class EvidenceTabViewIT extends ViewTest {
    @Autowired
    EvidenceService evidence;

    String caseId;

    @BeforeEach
    void openCase() {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("mm"), "Tab Markets"), List.of("UID-1009"), List.of("TABUSDT"),
                Set.of(Behaviour.WASH_TRADING), "self-matched volume", Severity.HIGH, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        caseId = c.caseId();
    }

    private EvidenceTab openEvidenceTab() {
        TestCommands.await("the read side shows the started investigation", () -> staffSees("investigator", 2));
        navigate("cases/" + caseId, CaseDetailView.class);
        $(TabSheet.class).single().setSelectedIndex(1);
        return $(EvidenceTab.class).single();
    }

    @Autowired
    org.glassbox.ui.cases.CaseService cases;

    /** The read side shows the case at least at this version (flag 0, assign 1, start 2). */
    private boolean staffSees(String user, long version) {
        return cases.detail(new Actor(user, Set.of(Role.INVESTIGATOR)), caseId)
                .map(d -> d.version() >= version).orElse(false);
    }

    /** A one-trade export in the internal format, unique by its trade id. */
    static byte[] trades(String tradeId) {
        return ("trade_id,time,symbol,price,qty,buyer_account,seller_account\n" + tradeId
                + ",1741341600000,GPSUSDT,0.0712,100,UID-100234,UID-200001\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void theAssigneeUploadsAFileAndSeesItsFingerprintAndChecklist() throws Exception {
        byte[] bytes = trades(UUID.randomUUID().toString());
        EvidenceTab tab = openEvidenceTab();
        assertThat(tab.checklists.getChildren().filter(Details.class::isInstance).map(d -> ((Details) d).getSummaryText()).toList())
                .containsExactly("Checklist Wash trading: 0 of 3 gathered");
        assertThat(tab.checklists.getChildren().filter(com.vaadin.flow.component.progressbar.ProgressBar.class::isInstance)
                .map(b -> ((com.vaadin.flow.component.progressbar.ProgressBar) b)).toList())
                .singleElement().satisfies(bar -> {
                    assertThat(bar.getValue()).isZero();
                    assertThat(bar.getMax()).isEqualTo(3);
                });

        test(tab.add).click();
        EvidenceUploadDialog dialog = tab.uploadDialog;
        test(dialog.upload).upload("fills.csv", "text/csv", bytes);
        dialog.showReceived();
        assertThat(dialog.received.getText()).startsWith("1 file stored: fills.csv (SHA-256 "
                + sha256(bytes).substring(0, 12));
        test(dialog.title).setValue("TAB fills");
        test(dialog.sourceSystem).setValue("matching engine");
        test(dialog.allegations).selectItem("Wash trading");
        test(dialog.submit).click();

        assertThat(dialog.isOpened()).isFalse();
        TestCommands.await("the item is in the grid", () -> {
            tab.refresh();
            return test(tab.grid).size() == 1;
        });
        assertThat(test(tab.grid).getCellText(0, 0)).isEqualTo("TAB fills");
        assertThat(tab.grid.getListDataView().getItem(0).sha256().hex()).isEqualTo(sha256(bytes));
        assertThat(tab.checklists.getChildren().filter(Details.class::isInstance).map(d -> ((Details) d).getSummaryText()).toList())
                .containsExactly("Checklist Wash trading: 1 of 3 gathered");
        assertThat(tab.checklists.getChildren().filter(com.vaadin.flow.component.progressbar.ProgressBar.class::isInstance)
                .map(b -> ((com.vaadin.flow.component.progressbar.ProgressBar) b).getValue()).toList())
                .as("the bar follows the checklist").containsExactly(1.0);

        test(tab.grid).clickRow(0);
        EvidenceItemDialog item = tab.itemDialog;
        test($(Button.class, item).id("unlink")).click();
        assertThat(item.error.getText()).isEqualTo("Reason must not be blank");
        test(item.reason).setValue("The fills are of another account");
        test($(Button.class, item).id("unlink")).click();
        assertThat(item.isOpened()).isFalse();
        assertThat(tab.grid.getListDataView().getItem(0).allegations()).isEmpty();
        assertThat(tab.checklists.getChildren().filter(Details.class::isInstance).map(d -> ((Details) d).getSummaryText()).toList())
                .containsExactly("Checklist Wash trading: 0 of 3 gathered");
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void refusedFilesAndMissingMetadataAreShownAndNothingIsRecorded() {
        EvidenceTab tab = openEvidenceTab();
        test(tab.add).click();
        EvidenceUploadDialog dialog = tab.uploadDialog;
        test(dialog.upload).upload("empty.csv", "text/csv", new byte[0]);
        test(dialog.upload).upload("../../etc/passwd", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.blobs).as("both files were refused").isEmpty();
        test(dialog.submit).click();
        assertThat(dialog.error.getText()).isEqualTo("Upload at least one file");

        test(dialog.upload).upload("bad.csv", "text/csv", ("trade_id,time,symbol,price,qty,buyer_account,"
                + "seller_account\n1,1741341600000,GPSUSDT,abc,1,UID-1,UID-2\n").getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.blobs).as("a trade export that does not parse is refused").isEmpty();
        test(dialog.upload).upload("ok.csv", "text/csv", trades(UUID.randomUUID().toString()));
        test(dialog.submit).click();
        assertThat(dialog.error.getText()).isEqualTo("Title must not be blank");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(evidence.list(new Actor("investigator", Set.of(Role.INVESTIGATOR)), caseId)).isEmpty();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsReadAndDownloadWithAPurposeButCannotAdd() throws Exception {
        TestCommands.await("the read side shows the started investigation", () -> staffSees("investigator", 2));
        var blob = evidence.receive(new Actor("supervisor", Set.of(Role.SUPERVISOR)), caseId,
                new EvidenceService.Upload("report.txt", new java.io.ByteArrayInputStream(
                        ("report " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))),
                org.glassbox.api.evidence.EvidenceKind.ANALYSIS).blob();
        as("investigator", new org.glassbox.api.evidence.SubmitEvidence(UUID.randomUUID().toString(), caseId,
                org.glassbox.api.evidence.EvidenceKind.ANALYSIS, "Self-match report", null, "surveillance",
                "investigator", java.time.Instant.parse("2026-03-08T12:00:00Z"),
                org.glassbox.api.evidence.Confidentiality.INTERNAL, Set.of(Behaviour.WASH_TRADING), blob));
        EvidenceTab tab = openEvidenceTab();
        assertThat(tab.add).as("auditors add no evidence").isNull();
        TestCommands.await("the item is listed", () -> {
            tab.refresh();
            return test(tab.grid).size() == 1;
        });
        test(tab.grid).clickRow(0);
        EvidenceItemDialog item = tab.itemDialog;
        assertThat(item.actions.getChildren().map(b -> ((Button) b).getText()).toList())
                .containsExactly("Download", "Verify now");
        assertThat(item.linkTo.isVisible()).isFalse();

        test($(Button.class, item).id("download")).click();
        assertThat(item.error.getText()).isEqualTo("Purpose must not be blank");
        test(item.purpose).setValue("Annual audit sample");
        test($(Button.class, item).id("download")).click();
        assertThat(item.error.getText()).isEmpty();
        String itemId = tab.grid.getListDataView().getItem(0).itemId();
        TestCommands.await("the download is on the custody log", () -> evidence.custody(
                new Actor("auditor", Set.of(Role.AUDITOR)), caseId, itemId).stream()
                .anyMatch(e -> e.action().equals("DOWNLOAD") && e.detail().equals("Purpose: Annual audit sample")));
    }
}
