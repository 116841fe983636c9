package org.glassbox.ui.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Login CSRF: Vaadin exempts its login form from Spring's CSRF token, so another site could post a
 * form that logs a staff member's browser into an account of the attacker's choosing. Browsers say
 * where a form post comes from (Origin, Sec-Fetch-Site); a login posted from another site is refused.
 * Every other state change in the UI is covered by Vaadin's own per-UI token.
 */
final class SameOriginLogin extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if ("cross-site".equalsIgnoreCase(site) || (origin != null && !sameOrigin(origin, request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A login must be posted from Glassbox's own page");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() >= 0 ? uri.getPort()
                    : "https".equals(uri.getScheme()) ? 443 : 80;
            String host = request.getServerName();
            return uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
