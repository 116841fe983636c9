package org.glassbox.ui.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits every API and public request has, checked after the security filters (so a refused role
 * still gets its 403 first) and before a controller reads anything: no control characters in the
 * query string, a JSON body no larger than {@code glassbox.api.max-body} (413), and for the public
 * "verify a notice" upload a size limit and a rate limit per client address (429).
 */
@Configuration(proxyBeanMethods = false)
class RequestGuard {

    @Bean
    FilterRegistrationBean<Guard> requestGuardFilter(ProblemResponses problems,
            @Value("${glassbox.api.max-body:1MB}") DataSize maxBody,
            @Value("${glassbox.public.verify.max-size:20MB}") DataSize maxVerify,
            @Value("${glassbox.public.verify.per-minute:10}") int verifyPerMinute) {
        var registration = new FilterRegistrationBean<>(new Guard(problems, maxBody.toBytes(), maxVerify.toBytes(),
                verifyPerMinute));
        registration.addUrlPatterns("/api/*", "/public/*");
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {
        private static final int MAX_CLIENTS = 100_000;
        private final ProblemResponses problems;
        private final long maxBody;
        private final long maxVerify;
        private final int verifyPerMinute;
        private final Map<String, Bucket> verifiers = new ConcurrentHashMap<>();

        Guard(ProblemResponses problems, long maxBody, long maxVerify, int verifyPerMinute) {
            this.problems = problems;
            this.maxBody = maxBody;
            this.maxVerify = maxVerify;
            this.verifyPerMinute = verifyPerMinute;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String badQuery = badQuery(request.getQueryString());
            if (badQuery != null) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, badQuery);
                return;
            }
            boolean verify = "POST".equals(request.getMethod()) && "/public/verify".equals(request.getRequestURI());
            if (verify) {
                if (!allowed(request.getRemoteAddr())) {
                    response.setHeader("Retry-After", "60");
                    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "At most " + verifyPerMinute
                            + " notices may be checked per minute from one address; try again in a minute");
                    return;
                }
                if (request.getContentLengthLong() < 0) {
                    problems.write(request, response, HttpStatus.LENGTH_REQUIRED,
                            "Send the notice as a form upload with a Content-Length");
                    return;
                }
                if (request.getContentLengthLong() > maxVerify) {
                    problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                            "A notice to check may be at most " + DataSize.ofBytes(maxVerify).toMegabytes() + " MB");
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                // Uploads have their own limit (glassbox.evidence.max-size), applied while streaming.
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > maxBody) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
                return;
            }
            chain.doFilter(new Limited(request, maxBody), response);
        }

        private String tooLarge() {
            return "The request body is larger than the limit of " + maxBody + " bytes";
        }

        private boolean allowed(String address) {
            if (verifiers.size() > MAX_CLIENTS) {
                verifiers.clear();
            }
            return verifiers.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(verifyPerMinute)
                            .refillGreedy(verifyPerMinute, Duration.ofMinutes(1)).build())
                    .build()).tryConsume(1);
        }

        /** Why the query string cannot be taken, or null if it can. */
        static String badQuery(String query) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                String value;
                try {
                    value = URLDecoder.decode(pair, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "The query string is not well-formed (a stray %)";
                }
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (Character.isISOControl(c) || c == '\uFFFD') {
                        String name = value.contains("=") ? value.substring(0, value.indexOf('=')) : value;
                        return "Query parameter " + org.glassbox.api.shared.Checks.shown(name, 40) + " contains a control character or a"
                                + " byte that is not UTF-8 (U+" + String.format("%04X", (int) c) + ")";
                    }
                }
            }
            return null;
        }
    }

    /** Thrown while reading a body that turns out longer than its limit (a chunked one). */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("The request body is larger than the limit of " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
