package org.glassbox.ui.web;

import java.util.Map;
import java.util.Set;

import org.glassbox.api.cases.CaseReference;
import org.glassbox.api.shared.Checks;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An API path that names a case, freeze, evidence item, notice or run by something that is not a
 * Glassbox id is answered 404 at once: nothing is looked up, and nothing a client typed is searched
 * for or logged by the event store's loader. A case may also be named by its reference
 * ({@code /api/v1/cases/GBX-2026-000003}): the reference is turned into the id before any handler
 * reads the path, so every case endpoint takes both.
 */
@Configuration(proxyBeanMethods = false)
class IdFormat implements WebMvcConfigurer {
    private static final Set<String> IDS = Set.of("id", "caseId", "freezeId", "itemId", "runId");
    private final CaseKeys cases;

    IdFormat(CaseKeys cases) {
        this.cases = cases;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> found) {
                    Map<String, String> vars = new java.util.LinkedHashMap<>();
                    found.forEach((name, value) -> vars.put(String.valueOf(name), String.valueOf(value)));
                    vars.replaceAll((name, value) -> namesCase(request, name) && CaseReference.isReference(value)
                            ? cases.require(value) : value);
                    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, vars);
                    vars.forEach((name, value) -> {
                        if (IDS.contains(name) && !Checks.isId(String.valueOf(value))) {
                            throw new NotFound("Nothing is recorded under this " + name
                                    + ": Glassbox ids look like 0b5c8f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f");
                        }
                    });
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private static boolean namesCase(HttpServletRequest request, String variable) {
        return variable.equals("caseId") || variable.equals("id") && request.getRequestURI().startsWith("/api/v1/cases/");
    }
}
