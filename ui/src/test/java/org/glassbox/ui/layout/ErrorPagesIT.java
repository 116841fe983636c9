package org.glassbox.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The same missing things asked by a browser and by a program: a page in words for the one,
 * problem+json for the other.
 */
class ErrorPagesIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.glassbox.command.audit.ChainCheckpointing checkpointing;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private HttpResponse<String> ask(String user, String path, String accept) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Accept", accept));
    }

    @Test
    void anUnknownPublicNoticeIsAPageOfThePublicSiteForABrowser() {
        HttpResponse<String> page = ask(null, "/public/notices/GBX-1999-000001-N1", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1 id=\"problem\">Not found</h1>", "No published notice GBX-1999-000001-N1",
                "href=\"/public/notices\"", "Verify a notice").doesNotContain("\"status\"");

        HttpResponse<String> problem = ask(null, "/public/notices/GBX-1999-000001-N1", "application/json");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(problem.body()).contains("\"title\":\"Not found\"", "No published notice GBX-1999-000001-N1");
    }

    @Test
    void everyPageNamesItsIconSoNoBrowserAsksForAFaviconThereIsNone() {
        for (String path : new String[] {"/login", "/public/notices", "/public/verify"}) {
            assertThat(ask(null, path, BROWSER).body()).as(path).contains("rel=\"icon\"", "data:image/svg+xml");
        }
    }

    @Test
    void thePublicSitesTemplatesAreNotServedAsFiles() {
        // classpath:/public/ is one of Spring's static locations: a template there would be served raw.
        assertThat(getClass().getResource("/public/layout.peb")).isNull();
        assertThat(getClass().getResource("/public-pages/layout.peb")).isNotNull();
        assertThat(ask(null, "/public/layout.peb", BROWSER).statusCode()).isEqualTo(404);
    }

    @Test
    void anyOtherPublicAddressIsNotFoundToo() {
        HttpResponse<String> page = ask(null, "/public/notices/anything/else", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Nothing is published at this address");
        assertThat(ask(null, "/public/nothing", "application/json").headers().firstValue("Content-Type"))
                .contains("application/problem+json");
    }

    @Test
    void anUnknownCaseByReferenceIsAProblemForTheApi() {
        HttpResponse<String> missing = ask("investigator", "/api/v1/cases/GBX-1999-000001", BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(missing.body()).contains("No case GBX-1999-000001");
        HttpResponse<String> forbidden = ask("communications", "/api/v1/admin/evidence/orphans", "application/json");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void theSignedChainHeadIsADownloadableFile() {
        HttpResponse<String> none = ask(null, "/public/chain-head.json", "application/json");
        if (none.statusCode() == 404) {
            assertThat(none.body()).contains("No checkpoint of the record has been signed yet");
        }
        caseUnderInvestigation(org.glassbox.ui.support.FreezeFixtures.account());
        commands.sendAndWait(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                checkpointing.checkpoint()).andMetaData(java.util.Map.of(org.glassbox.api.shared.MetaDataKeys.USER_ID,
                        "glassbox-checkpoint", org.glassbox.api.shared.MetaDataKeys.USER_ROLES, "SYSTEM")));
        await("a signed head is public", () -> ask(null, "/public/chain-head.json", "application/json").statusCode() == 200);
        HttpResponse<String> file = ask(null, "/public/chain-head.json", "application/json");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"glassbox-chain-head-"));
        assertThat(file.body()).contains("\"algorithm\":\"Ed25519\"", "\"signature\":", "\"publicKey\":", "\"message\":");
    }
}
