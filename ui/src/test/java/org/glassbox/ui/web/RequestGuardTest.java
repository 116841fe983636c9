package org.glassbox.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/** The public "verify a notice" rate limit, per client address. */
class RequestGuardTest {
    private final RequestGuard.Guard guard = new RequestGuard.Guard(new ProblemResponses(JsonMapper.builder().build()),
            1024, 1024 * 1024, 3);

    private MockHttpServletResponse verifyFrom(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/public/verify");
        request.setRemoteAddr(address);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent("--x--\r\n".getBytes());
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void anAddressThatChecksTooManyNoticesInAMinuteGets429WithRetryAfterAndOthersDoNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(verifyFrom("192.0.2.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = verifyFrom("192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(verifyFrom("192.0.2.2").getStatus()).isEqualTo(200);
    }

    @Test
    void queryStringsWithControlCharactersOrBrokenEscapesAreNamed() {
        assertThat(RequestGuard.Guard.badQuery("q=ok&limit=5")).isNull();
        assertThat(RequestGuard.Guard.badQuery("q=a%00b")).contains("q").contains("U+0000");
        assertThat(RequestGuard.Guard.badQuery("q=%E2%82")).contains("not UTF-8");
        assertThat(RequestGuard.Guard.badQuery("q=100%")).contains("not well-formed");
    }
}
