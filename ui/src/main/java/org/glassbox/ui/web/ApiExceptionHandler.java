package org.glassbox.ui.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error is application/problem+json. Input errors carry an {@code errors} list of
 * {field, message} so a client can point at each bad field; rule violations carry the rule's code.
 */
// Global on purpose: errors raised before a handler is chosen (multipart limits) have no handler to match.
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        List<FieldError> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldError(e.getObjectName(), e.getDefaultMessage())).toList();
        return invalid(concat(errors, global), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestGuard.BodyTooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", t.getMessage(), Map.of());
            }
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalid(List.of(new FieldError(path(invalid),
                    "'" + invalid.getValue() + "' is not one of " + allowed)), request);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldError(path(unknown), "is not a known field")), request);
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return invalid(List.of(new FieldError(path(jackson), "has the wrong type or format")), request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not well-formed JSON");
        problem.setTitle("Malformed request");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String allowed = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? " (one of " + Arrays.stream(ex.getRequiredType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + ")"
                : "";
        return invalid(List.of(new FieldError(ex.getPropertyName(), "'" + ex.getValue() + "' is not valid" + allowed)),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(ex.getParameterName(), "must be given")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(ex.getRequestPartName(), "must be given")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
                "The upload is larger than the limit of " + ex.getMaxUploadSize() + " bytes",
                Map.of("errors", List.of(new FieldError("file", "is larger than the limit"))));
    }

    /** A multipart endpoint sent something else (JSON, a form, nothing), or a multipart body that is cut short. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> notMultipart(org.springframework.web.multipart.MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "Send this as a multipart/form-data upload with its file in the part 'file'", Map.of());
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField ex, WebRequest request) {
        return invalid(List.of(new FieldError(ex.field(), ex.problem())), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), Map.of());
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation ex) {
        return problem(HttpStatus.CONFLICT, "Rule violated", ex.getMessage(), Map.of("code", ex.code()));
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> notPermitted(NotPermitted ex) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage(), Map.of());
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ResponseEntity<Object> notFound(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found",
                ex instanceof AggregateNotFoundException a ? "Nothing is recorded under " + a.getAggregateIdentifier()
                        : ex.getMessage(), Map.of());
    }

    /** The id names something of another kind (a case's id where a notice's is expected): nothing of this kind. */
    @ExceptionHandler(org.axonframework.eventsourcing.IncompatibleAggregateException.class)
    ResponseEntity<Object> wrongKind(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing of this kind is recorded under this id", Map.of());
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, EventStoreException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException ex) {
        if (outage(ex) != null) {
            return unavailable(ex);
        }
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                "Someone changed this case at the same moment; reload it and try again", Map.of("code", "concurrent-change"));
    }

    /**
     * The database (or another resource Glassbox needs) cannot be reached just now: 503 with Retry-After,
     * never a 500 with a stack trace. Nothing was stored: the command's transaction did not commit.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.axonframework.common.AxonTransientException.class, java.sql.SQLTransientException.class})
    ResponseEntity<Object> unavailable(Exception ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Glassbox cannot reach its database just now; nothing was recorded. Try again in a moment.");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** The evidence store is full or out of reach: 503, nothing stored, and the code says which. */
    @ExceptionHandler(org.glassbox.command.evidence.EvidenceStoreUnavailable.class)
    ResponseEntity<Object> evidenceStoreUnavailable(org.glassbox.command.evidence.EvidenceStoreUnavailable ex) {
        log.warn("Evidence store: {}", ex.getMessage(), ex.getCause());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle(ex.full() ? "Evidence store full" : "Evidence store unavailable");
        problem.setProperty("code", ex.full() ? "evidence-store-full" : "evidence-store-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        Throwable outage = outage(ex);
        if (outage != null) {
            return unavailable((Exception) outage);
        }
        if (cause instanceof RuleViolation v) {
            return ruleViolation(v);
        }
        if (cause instanceof NotPermitted n) {
            return notPermitted(n);
        }
        if (cause instanceof AggregateNotFoundException a) {
            return notFound(a);
        }
        if (cause instanceof org.axonframework.eventsourcing.IncompatibleAggregateException wrongKind) {
            return wrongKind(wrongKind);
        }
        throw ex;
    }

    private static Throwable outage(Throwable ex) {
        return Outages.cause(ex);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, Map.of("errors", errors));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
