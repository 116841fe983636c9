package org.glassbox.ui.analysis;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glassbox.analysis.methods.AnalysisMethod;
import org.glassbox.analysis.methods.Methods;
import org.glassbox.analysis.methods.Parameter;
import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.ui.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyses API. Who may call what is decided by the security filter chain before a request gets
 * here; the run aggregate and its requesting decide the rest. The body of a run request is read node by
 * node, so a number is never taken for a text or a text for a number.
 */
@RestController
class AnalysesController {
    private final AnalysisService analyses;
    private final JsonMapper json;

    AnalysesController(AnalysisService analyses, JsonMapper json) {
        this.analyses = analyses;
        this.json = json;
    }

    record Queued(String id, String status) {
    }

    /** {@code {"method":"W1","evidence":["<itemId>"],"parameters":{...}}}; answers 202 with the run's Location. */
    @PostMapping("/api/v1/cases/{caseId}/analyses")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Queued> run(@PathVariable String caseId, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidField("body", "must be a JSON object with method, evidence and parameters");
        }
        for (String name : body.propertyNames()) {
            if (!List.of("method", "evidence", "parameters").contains(name)) {
                throw new InvalidField(name.replaceAll("\\p{Cntrl}", "?"), "is not a field of an analysis request");
            }
        }
        JsonNode methodNode = body.get("method");
        if (methodNode == null || !methodNode.isString()) {
            throw new InvalidField("method", "must be the method's id as text, e.g. \"W1\"");
        }
        AnalysisMethod method = Methods.require(methodNode.stringValue());
        JsonNode evidenceNode = body.get("evidence");
        if (evidenceNode == null || !evidenceNode.isArray()) {
            throw new InvalidField("evidence", "must be a list of evidence item ids");
        }
        List<String> evidence = new ArrayList<>();
        for (JsonNode item : evidenceNode.values()) {
            if (!item.isString()) {
                throw new InvalidField("evidence", "must hold evidence item ids as text");
            }
            evidence.add(item.stringValue());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonNode params = body.get("parameters");
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                throw new InvalidField("parameters", "must be an object of parameter names and values");
            }
            Map<String, Parameter> specs = new LinkedHashMap<>();
            method.parameters().forEach(p -> specs.put(p.name(), p));
            for (Map.Entry<String, JsonNode> e : params.properties()) {
                Parameter spec = specs.get(e.getKey());
                String field = "parameters." + e.getKey().replaceAll("\\p{Cntrl}", "?");
                if (spec == null) {
                    throw new InvalidField(field, "is not a parameter of " + method.id() + "; its parameters are "
                            + String.join(", ", specs.keySet()));
                }
                JsonNode v = e.getValue();
                if (spec.type() == Parameter.Type.INTEGER) {
                    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                        throw new InvalidField(field, "must be a whole number (a JSON number, not text)");
                    }
                    parameters.put(e.getKey(), Long.toString(v.longValue()));
                } else {
                    if (!v.isString()) {
                        throw new InvalidField(field, "must be text, e.g. \"" + example(spec) + "\"");
                    }
                    parameters.put(e.getKey(), v.stringValue());
                }
            }
        }
        String runId = analyses.run(CurrentActor.require(), caseId, method.id(), evidence, parameters);
        return ResponseEntity.accepted().location(URI.create("/api/v1/analyses/" + runId))
                .body(new Queued(runId, AnalysisStatus.QUEUED.name()));
    }

    private static String example(Parameter p) {
        return switch (p.type()) {
            case DURATION -> "PT1S";
            case DECIMAL -> "0.01";
            case INSTANT -> "2025-03-07T10:00:00Z";
            case SYMBOL -> "GPSUSDT";
            case INTEGER -> "5";
        };
    }

    /** One input of a run: which item, what kind, its digest and profile at the time of the request. */
    /** One input of a run; KPI terms have no format or rows (null). */
    record InputDigest(String evidence, String kind, String title, String sha256, String format, Long rows) {
    }

    /** The result contract: a run and, once completed, its result (the exact JSON its digest covers). */
    record RunBody(String id, String caseId, String method, String methodVersion, String status, double progress,
            String step, List<InputDigest> inputDigests, Map<String, Object> parameters, Map<String, String> engine,
            String resultDigest, JsonNode result, String publicDigest, Map<String, String> headline, String failure,
            String requestedBy,
            Instant requestedAt, Instant completedAt, AnalysisRunView.Verification verification,
            List<Behaviour> allegations) {
    }

    @GetMapping("/api/v1/analyses/{runId}")
    RunBody get(@PathVariable String runId) throws IOException {
        AnalysisRunView run = analyses.require(CurrentActor.require(), runId);
        JsonNode result = run.status() == AnalysisStatus.COMPLETED ? json.readTree(analyses.resultBytes(run)) : null;
        return body(run, result);
    }

    @GetMapping("/api/v1/cases/{caseId}/analyses")
    List<RunBody> ofCase(@PathVariable String caseId) {
        return analyses.ofCase(CurrentActor.require(), caseId).stream().map(r -> body(r, null)).toList();
    }

    /** The result's canonical JSON bytes, as digested: anyone can hash them and compare. */
    @GetMapping("/api/v1/analyses/{runId}/result")
    ResponseEntity<byte[]> result(@PathVariable String runId) throws IOException {
        AnalysisRunView run = analyses.require(CurrentActor.require(), runId);
        byte[] bytes = analyses.resultBytes(run);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + run.method() + "-"
                        + run.resultDigest().substring(0, 12) + ".json\"")
                .header("X-Content-SHA256", run.resultDigest()).body(bytes);
    }

    record Verifying(String verificationId) {
    }

    @PostMapping("/api/v1/analyses/{runId}/verify")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Verifying verify(@PathVariable String runId) {
        return new Verifying(analyses.verify(CurrentActor.require(), runId));
    }

    record LinkBody(@NotNull Behaviour behaviour, @Size(max = Limits.REASON) String reason) {
    }

    @PostMapping("/api/v1/analyses/{runId}/link-allegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void link(@PathVariable String runId, @Valid @RequestBody LinkBody body) {
        analyses.link(CurrentActor.require(), runId, body.behaviour(), body.reason());
    }

    /** The methods, their versions, what each does and its parameters with their defaults. */
    @GetMapping("/api/v1/analysis-methods")
    List<MethodBody> methods() {
        return Methods.all().stream().map(m -> new MethodBody(m.id(), m.version(), m.title(), m.description(),
                m.needsAccounts(), m.parameters())).toList();
    }

    record MethodBody(String id, String version, String title, String description, boolean needsAccounts,
            List<Parameter> parameters) {
    }

    static RunBody body(AnalysisRunView r, JsonNode result) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Parameter> specs = new LinkedHashMap<>();
        Methods.find(r.method()).ifPresent(m -> m.parameters().forEach(p -> specs.put(p.name(), p)));
        r.parameters().forEach((k, v) -> parameters.put(k, specs.containsKey(k)
                && specs.get(k).type() == Parameter.Type.INTEGER ? (Object) Long.parseLong(v) : v));
        List<InputDigest> inputs = r.inputs().stream().map(i -> new InputDigest(i.itemId(), i.kind().name(), i.title(),
                i.blob().sha256().hex(), i.profile() == null ? null : i.profile().format().name(),
                i.profile() == null ? null : i.profile().rows())).toList();
        return new RunBody(r.runId(), r.caseId(), r.method(), r.methodVersion(), r.status().name(), r.progress(),
                r.step(), inputs, parameters, r.engine(), r.resultDigest(), result, r.publicDigest(), r.headline(),
                r.failure(),
                r.requestedBy(), r.requestedAt(), r.completedAt(), r.verification(), r.allegations());
    }
}
