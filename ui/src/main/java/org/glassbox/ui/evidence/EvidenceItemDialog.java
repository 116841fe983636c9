package org.glassbox.ui.evidence;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.CustodyEntry;
import org.glassbox.api.evidence.EvidenceAccess;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.evidence.ExcludeEvidence;
import org.glassbox.api.evidence.LinkEvidenceToAllegation;
import org.glassbox.api.evidence.UnlinkEvidenceFromAllegation;
import org.glassbox.api.evidence.ReclassifyEvidence;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * One item: what it is, its fingerprint and last verification, its chain of custody, and the actions
 * this user may take. Bytes are served only with a purpose, which goes on the custody record.
 */
class EvidenceItemDialog extends ClosableDialog {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    final TextField purpose = new TextField("Purpose of reading the bytes");
    final TextField reason = new TextField("Reason");
    final Span error = new Span();
    final Grid<CustodyEntry> custody = new Grid<>(CustodyEntry.class, false);
    final HorizontalLayout actions = new HorizontalLayout();

    final Select<Behaviour> linkTo = new Select<>();

    EvidenceItemDialog(EvidenceService evidence, Actor actor, EvidenceSummary item, List<Behaviour> linkable,
            Runnable onChange) {
        super(item.title());
        setWidth("60em");
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(Badges.words(item.kind()) + ", " + item.mediaType() + ", "
                + EvidenceTab.size(item.size())), "What");
        facts.addFormItem(new Span(item.fileName()), "File name");
        Span digest = new Span(item.sha256().hex());
        digest.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        facts.addFormItem(digest, "SHA-256");
        facts.addFormItem(new Span(item.collectedBy() + ", " + TIME.format(item.collectedAt()) + ", from "
                + item.sourceSystem()), "Collected");
        facts.addFormItem(new Span(item.submittedBy() + ", " + TIME.format(item.submittedAt())), "Submitted");
        facts.addFormItem(new Span(Badges.words(item.confidentiality())
                + (item.excluded() ? "; excluded: " + item.excludedReason() : "")), "Status");
        facts.addFormItem(EvidenceTab.verification(item), "Last verified");
        if (item.description() != null) {
            facts.addFormItem(new Span(item.description()), "Description");
        }

        custody.addColumn(e -> TIME.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        custody.addColumn(e -> who(e.actor(), e.actorRoles()))
                .setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        custody.addColumn(e -> capitalise(org.glassbox.query.shared.Words.ofCode(e.action()))).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        custody.addColumn(CustodyEntry::detail).setHeader("Detail");
        custody.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        custody.setAllRowsVisible(true);
        custody.setItems(evidence.custody(actor, item.caseId(), item.itemId()));

        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("item-error");
        purpose.setWidthFull();
        purpose.setMaxLength(Limits.REASON);
        reason.setWidthFull();
        reason.setMaxLength(Limits.REASON);

        Button download = new Button("Download", e -> download(evidence, actor, item));
        download.setId("download");
        actions.add(download);
        boolean worker = actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR);
        if (worker || actor.has(Role.AUDITOR)) {
            actions.add(action("verify", "Verify now", evidence, () -> new VerifyEvidence(item.itemId()), onChange, actor,
                    item));
        }
        if (worker && !item.excluded()) {
            actions.add(action("exclude", "Exclude", evidence, () -> new ExcludeEvidence(item.itemId(),
                    reason.getValue()), onChange, actor, item));
        }
        if (worker && !item.excluded()) {
            linkTo.setItems(linkable);
            linkTo.setItemLabelGenerator(Badges::words);
            if (linkable.size() == 1) {
                linkTo.setValue(linkable.get(0));
            }
            actions.add(action("link", "Link to allegation", evidence, () -> new LinkEvidenceToAllegation(
                    item.itemId(), linkTo.getValue(), blankToNull(reason.getValue())), onChange, actor, item));
            actions.add(action("unlink", "Unlink from allegation", evidence, () -> new UnlinkEvidenceFromAllegation(
                    item.itemId(), linkTo.getValue(), reason.getValue()), onChange, actor, item));
        }
        if (actor.has(Role.SUPERVISOR) && !item.excluded()) {
            Confidentiality other = item.confidentiality() == Confidentiality.INTERNAL ? Confidentiality.DISCLOSABLE
                    : Confidentiality.INTERNAL;
            actions.add(action("reclassify", "Make " + Badges.words(other).toLowerCase(), evidence,
                    () -> new ReclassifyEvidence(item.itemId(), other, reason.getValue()), onChange, actor, item));
        }
        actions.getStyle().set("flex-wrap", "wrap");
        linkTo.setLabel("Allegation");
        linkTo.setVisible(actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR) && !item.excluded());
        add(facts, purpose, new HorizontalLayout(linkTo, reason), consequence("Downloading writes who read the"
                + " bytes, and why, into the chain of custody. Excluding keeps the item but takes it out of analyses"
                + " and notices. Excluding, unlinking and reclassifying need a reason."), actions, error,
                new H4("Chain of custody"), custody);
        purpose.setRequiredIndicatorVisible(true);
        reason.setWidth("30em");
        getFooter().add(new Button("Close", e -> close()));
    }

    /** "jane (investigator and supervisor)", or "Glassbox" for its own checks. */
    private static String who(String user, String roles) {
        String name = org.glassbox.query.shared.EventSentences.who(user);
        List<String> words = org.glassbox.api.shared.Actor.parseRoles(roles).stream().sorted()
                .filter(r -> r != Role.SYSTEM).map(org.glassbox.query.shared.Words::of).toList();
        return words.isEmpty() || name.equals("Glassbox") ? name : name + " (" + org.glassbox.query.shared.Words.and(words) + ")";
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Button action(String id, String label, EvidenceService evidence, Supplier<Object> command,
            Runnable onChange, Actor actor, EvidenceSummary item) {
        Button button = new Button(label, e -> {
            try {
                evidence.send(command.get());
                evidence.awaitItems(actor, item.caseId(), java.util.Map.of(item.itemId(), item.version()), 5000);
                close();
                onChange.run();
            } catch (InvalidField invalid) {
                error.setText(switch (invalid.field()) {
                    case "reason" -> "Reason";
                    case "behaviour" -> "Allegation";
                    default -> invalid.field();
                } + " " + invalid.problem());
            } catch (RuleViolation | NotPermitted refused) {
                error.setText(refused.getMessage());
            }
        });
        button.setId(id);
        if (id.equals("exclude")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /**
     * Checks and records the read first (purpose, permission, integrity), then hands the browser a one-off
     * link to the bytes, so nothing is served that is not on the custody record.
     */
    void download(EvidenceService evidence, Actor actor, EvidenceSummary item) {
        error.setText("");
        java.io.InputStream bytes;
        try {
            bytes = evidence.open(actor, item.caseId(), item.itemId(), EvidenceAccess.DOWNLOAD, purpose.getValue());
        } catch (InvalidField invalid) {
            error.setText("Purpose " + invalid.problem());
            return;
        } catch (RuleViolation | NotPermitted refused) {
            error.setText(refused.getMessage());
            return;
        } catch (IOException unreadable) {
            error.setText("The bytes cannot be read: " + unreadable.getMessage());
            return;
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(bytes,
                item.fileName(), EvidenceDownloads.servedType(item.mediaType()), item.size())), "");
        link.getElement().setAttribute("download", true);
        link.setId("download-link");
        add(link);
        link.getElement().executeJs("this.click()");
    }
}
