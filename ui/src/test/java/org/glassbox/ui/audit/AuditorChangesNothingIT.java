package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An auditor reads and verifies; nothing else. Walks every state-changing endpoint the application
 * maps (found from Spring MVC, not from a list that could go stale) and expects 403 for the auditor,
 * except the verifications an auditor runs.
 */
class AuditorChangesNothingIT extends IntegrationTest {
    /** Verifications record their result but change no case, evidence, freeze or notice. */
    private static final Set<String> AUDITOR_MAY = Set.of("/api/v1/audit/verify", "/api/v1/audit/projections",
            "/api/v1/cases/x/evidence/x/verify", "/api/v1/analyses/x/verify");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anAuditorIsRefusedEveryCommandEndpoint() {
        List<String> walked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.stream().noneMatch(m -> m == RequestMethod.POST || m == RequestMethod.PUT
                    || m == RequestMethod.DELETE || m == RequestMethod.PATCH)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                String url = pattern.replaceAll("\\{[^}]+}", "x");
                if (!pattern.startsWith("/api/") || AUDITOR_MAY.contains(url)) {
                    continue;
                }
                HttpResponse<String> response = post("auditor", url, "{}");
                assertThat(response.statusCode()).as("auditor POST " + url).isEqualTo(403);
                walked.add(pattern);
            }
        });
        assertThat(walked).as("the walk found the command endpoints").hasSizeGreaterThan(25)
                .contains("/api/v1/cases", "/api/v1/freezes/{freezeId}/approve", "/api/v1/disclosures/{id}/publish");
    }
}
