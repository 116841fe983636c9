package org.glassbox.ui.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Makes the OpenAPI document say what the endpoints do (OpenApiContractIT compares the two): the
 * fields of a multipart upload are parts of the body, not query parameters, and every refusal an
 * operation can answer is listed with its problem+json body.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {
    private static final String PROBLEM = "application/problem+json";
    private static final String MULTIPART = "multipart/form-data";

    @Bean
    OpenApiCustomizer glassboxContract() {
        return api -> {
            api.getComponents().addSchemas("Problem", new ObjectSchema()
                    .addProperty("type", new Schema<String>().type("string"))
                    .addProperty("title", new Schema<String>().type("string"))
                    .addProperty("status", new Schema<Integer>().type("integer"))
                    .addProperty("detail", new Schema<String>().type("string"))
                    .addProperty("instance", new Schema<String>().type("string"))
                    .addProperty("errors", new Schema<>().type("array").items(new ObjectSchema()
                            .addProperty("field", new Schema<String>().type("string"))
                            .addProperty("message", new Schema<String>().type("string")))));
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method, operation)));
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        movePartsIntoBody(operation);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean takesInput = operation.getRequestBody() != null || !parameters.isEmpty();
        Map<String, String> refusals = new LinkedHashMap<>();
        if (takesInput) {
            refusals.put("400", "The input is malformed or invalid; the problem lists each field. Nothing is stored.");
        }
        if (path.startsWith("/api/")) {
            refusals.put("401", "Not logged in (HTTP Basic)");
            refusals.put("403", "The caller's role may not do this; the input is not read");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn())) || path.startsWith("/public/notices/")) {
            refusals.put("404", "Nothing is recorded under this id (or the caller may not know it)");
        }
        if (method == PathItem.HttpMethod.POST && path.startsWith("/api/")) {
            refusals.put("409", "A business rule refuses the step now; the problem carries the rule's code");
        }
        if (operation.getRequestBody() != null) {
            refusals.put("413", "The body is larger than the limit");
            refusals.put("415", "The body's content type is not the one this operation takes");
        }
        if ("/public/verify".equals(path) && method == PathItem.HttpMethod.POST) {
            refusals.put("411", "The upload has no Content-Length");
            refusals.put("429", "Too many checks from one address; Retry-After says when to try again");
        }
        refusals.put("503", "Glassbox is temporarily unavailable (its database is unreachable); nothing was stored");
        refusals.forEach((code, description) -> {
            if (operation.getResponses().get(code) == null) {
                operation.getResponses().addApiResponse(code, new ApiResponse().description(description)
                        .content(new Content().addMediaType(PROBLEM, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
            }
        });
    }

    /** Springdoc lists {@code @RequestParam}s of a multipart operation as query parameters; they are parts. */
    private static void movePartsIntoBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().get(MULTIPART) == null
                || operation.getParameters() == null) {
            return;
        }
        MediaType multipart = operation.getRequestBody().getContent().get(MULTIPART);
        @SuppressWarnings("unchecked")
        Schema<Object> body = multipart.getSchema() == null ? new ObjectSchema() : multipart.getSchema();
        multipart.setSchema(body);
        List<Parameter> kept = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            if ("query".equals(parameter.getIn())) {
                Schema<?> schema = parameter.getSchema();
                if (parameter.getDescription() != null) {
                    schema.setDescription(parameter.getDescription());
                }
                body.addProperty(parameter.getName(), schema);
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    body.addRequiredItem(parameter.getName());
                }
            } else {
                kept.add(parameter);
            }
        }
        operation.setParameters(kept);
    }
}
