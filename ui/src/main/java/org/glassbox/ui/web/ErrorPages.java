package org.glassbox.ui.web;

import java.util.Map;

import org.glassbox.ui.publicsite.PublicPages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the container answers when no controller did: a refused URL (an empty path segment, an
 * encoded NUL), a filter's sendError, anything thrown outside Spring MVC. A problem+json without
 * internals (no exception, no stack trace), so a client never sees a framework's own error body; a
 * browser outside the API gets the same words as a page of the public site. A server error is
 * logged where it happened, not shown.
 */
@RestController
class ErrorPages implements ErrorController {
    private final PublicPages pages;

    ErrorPages(PublicPages pages) {
        this.pages = pages;
    }

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<?> error(HttpServletRequest request) {
        ResponseEntity<ProblemDetail> problem = problem(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader(org.springframework.http.HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html") && !(uri instanceof String path && path.startsWith("/api/"))) {
            ProblemDetail body = problem.getBody();
            return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                    .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(pages.problem(body.getTitle(), body.getDetail().endsWith(".") ? body.getDetail()
                            : body.getDetail() + "."));
        }
        return problem;
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        // The database out of reach where no handler saw it (the login check, a query): 503, not 500.
        boolean outage = Outages.cause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)) != null;
        if (outage) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(new java.net.URI(path));
            } catch (java.net.URISyntaxException e) {
                // An address the container refused as unreadable is not repeated back.
            }
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(org.springframework.http.HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(problem);
    }

    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return MESSAGES.getOrDefault(status.value(), status.is5xxServerError()
                ? "Glassbox could not answer this request; nothing was recorded. Try again in a moment."
                : "The request was refused");
    }

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request is not well-formed: its address or its body cannot be read",
            401, "Log in to use this",
            403, "Your role may not do this",
            404, "Nothing is recorded at this address",
            405, "This address does not take this method",
            413, "The request body is larger than the limit",
            415, "This address does not take this content type",
            503, "Glassbox is temporarily unavailable; nothing was recorded. Try again in a moment.");
}
