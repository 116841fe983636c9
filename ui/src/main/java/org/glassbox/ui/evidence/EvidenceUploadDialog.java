package org.glassbox.ui.evidence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.command.evidence.EvidenceStoreUnavailable;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Adds evidence to a case. Each file is streamed into the store as it uploads (the Upload shows its
 * progress; digest, size and media type are measured in the upload's own request, never on the UI
 * thread); a refused file is rejected with the reason. Submitting records the stored files with the
 * metadata.
 */
class EvidenceUploadDialog extends ClosableDialog {
    final Select<EvidenceKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final TextField sourceSystem = new TextField("Source system");
    final TextField collectedBy = new TextField("Collected by");
    final DateTimePicker collectedAt = new DateTimePicker("Collected at (UTC)");
    final RadioButtonGroup<Confidentiality> confidentiality = new RadioButtonGroup<>("Confidentiality");
    final CheckboxGroup<Behaviour> allegations = new CheckboxGroup<>("Supports the allegations");
    final Upload upload;
    final Span received = new Span();
    final Span error = new Span();
    final Button submit = new Button("Add evidence");
    final List<org.glassbox.command.evidence.EvidenceIntake.Received> blobs = Collections.synchronizedList(new ArrayList<>());

    EvidenceUploadDialog(EvidenceService evidence, Actor actor, CaseDetail c, Clock clock, Runnable onDone) {
        super("Add evidence to " + c.reference());
        setWidth("44em");
        kind.setLabel("Kind");
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(Badges::words);
        kind.setValue(EvidenceKind.TRADE_EXPORT);
        kind.setHelperText("Choose the kind first: trade exports, order events, account links and KPI terms are"
                + " read and checked as they arrive.");
        title.setMaxLength(Limits.NAME);
        description.setMaxLength(Limits.SUMMARY);
        sourceSystem.setMaxLength(Limits.NAME);
        collectedBy.setValue(actor.userId());
        collectedAt.setValue(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0));
        confidentiality.setItems(Confidentiality.values());
        confidentiality.setItemLabelGenerator(Badges::words);
        confidentiality.setValue(Confidentiality.INTERNAL);
        allegations.setItems(c.allegations().stream().map(Allegation::behaviour).toList());
        allegations.setItemLabelGenerator(Badges::words);

        UploadHandler intake = event -> {
            try {
                blobs.add(evidence.receive(actor, c.caseId(),
                        new EvidenceService.Upload(event.getFileName(), event.getInputStream()), kind.getValue()));
            } catch (InvalidField | RuleViolation | NotPermitted | EvidenceStoreUnavailable refused) {
                event.reject(refused.getMessage());
            }
        };
        upload = new Upload(intake);
        // Market data is read as the kind chosen when it arrives; another kind needs another reading.
        kind.addValueChangeListener(e -> {
            if (!blobs.isEmpty() && e.isFromClient()) {
                blobs.clear();
                upload.clearFileList();
                received.setText("The kind changed: add the files again so that they are read as "
                        + Badges.words(e.getValue()) + ".");
            }
        });
        upload.setMaxFiles(20);
        upload.addAllFinishedListener(e -> showReceived());
        received.addClassName("gb-muted");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("upload-error");

        FormLayout form = new FormLayout(kind, title, sourceSystem, collectedBy, collectedAt, confidentiality,
                description, allegations);
        form.setColspan(description, 2);
        form.setColspan(allegations, 2);
        add(form, upload, received, consequence("Each file is kept with its SHA-256 and a chain of custody;"
                + " evidence is never deleted, only excluded with a reason."), error);
        markRequired(description, allegations);

        submit.setId("submit-evidence");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(evidence, actor, c, onDone));
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    void showReceived() {
        received.setText(blobs.isEmpty() ? "" : org.glassbox.query.shared.Words.count(blobs.size(), "file", "files") + " stored: " + String.join(", ",
                blobs.stream().map(r -> r.blob().fileName() + " (SHA-256 " + r.blob().sha256().shortForm() + "..."
                        + (r.profile() == null ? "" : ", " + org.glassbox.query.shared.Words.count(r.profile().rows(), "row", "rows")) + ")").toList()));
    }

    void submit(EvidenceService evidence, Actor actor, CaseDetail c, Runnable onDone) {
        error.setText("");
        if (blobs.isEmpty()) {
            error.setText("Upload at least one file");
            return;
        }
        if (collectedAt.getValue() == null) {
            error.setText("Say when the evidence was collected");
            return;
        }
        try {
            List<SubmittedEvidence> done = evidence.record(actor, c.caseId(), new EvidenceService.Metadata(
                    kind.getValue(), title.getValue(), description.getValue(), sourceSystem.getValue(),
                    collectedBy.getValue(), collectedAt.getValue().toInstant(ZoneOffset.UTC), confidentiality.getValue(),
                    new LinkedHashSet<>(allegations.getValue())), List.copyOf(blobs));
            java.util.Map<String, Long> fresh = new java.util.HashMap<>();
            done.stream().filter(d -> !d.duplicate()).forEach(d -> fresh.put(d.itemId(), -1L));
            evidence.awaitItems(actor, c.caseId(), fresh, 5000);
            close();
            onDone.run();
            long duplicates = done.stream().filter(SubmittedEvidence::duplicate).count();
            com.vaadin.flow.component.notification.Notification.show(org.glassbox.query.shared.Words.count(done.size(), "item", "items") + " added"
                    + (duplicates > 0 ? "; " + duplicates + " already held by the case and linked" : ""));
        } catch (InvalidField invalid) {
            error.setText(capitalise(invalid.field()) + " " + invalid.problem());
        } catch (RuleViolation | NotPermitted refused) {
            error.setText(refused.getMessage());
        }
    }

    private static String capitalise(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

}
