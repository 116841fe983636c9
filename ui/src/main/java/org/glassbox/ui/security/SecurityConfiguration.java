package org.glassbox.ui.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Map;

import org.glassbox.api.shared.Role;
import org.glassbox.ui.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two filter chains. The REST API (HTTP Basic, stateless) decides access by URL and method before
 * any controller runs, so a refused role gets 403 without its request body ever being read. The
 * Vaadin UI uses form login; each view declares its roles with {@code @RolesAllowed}. Who may do what
 * follows the table in domain.md.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {
    private static final String INVESTIGATOR = Role.INVESTIGATOR.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String COMMUNICATIONS = Role.COMMUNICATIONS.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    /** The bytes of an API answer are data, never a page: nothing in them may load or run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Public pages: plain HTML with their own inline styles, no scripts at all. */
    static final String PUBLIC_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /**
     * The Vaadin UI: Flow starts its client engine with an inline script and evaluates the expressions the
     * server sends, so it needs 'unsafe-inline' and 'unsafe-eval' for scripts (Vaadin's documented
     * minimum); everything else is this origin only and the UI is never framed.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The same headers on every chain: nosniff, no framing, no referrer beyond this origin, HSTS on
     * requests that came over TLS (Spring sends it only there), and the chain's own policy.
     */
    static void secureHeaders(HttpSecurity http, String policy) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentTypeOptions(Customizer.withDefaults())
                // Written before the answer starts, not on commit: Vaadin writes some pages (its bootstrap in
                // development mode) in ways that skip the on-commit hook.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /**
     * Passwords are stored as {bcrypt} hashes; {@code glassbox.security.bcrypt-strength} (4 to 31, default 10)
     * sets the work factor of new ones. A check costs 2^strength rounds (about 0.1 s of a core at 10), paid by every
     * login and by every request an API client signs with HTTP Basic.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${glassbox.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /**
     * The public registry: no login, no session, no CSRF token (nothing there changes state), so its
     * pages are the same for everyone and can be cached.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        secureHeaders(http, PUBLIC_POLICY);
        http.securityMatcher("/public/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Reading is open to all (an unknown address gets the site's own "not found"); the only
                // thing a visitor sends is a PDF to verify, which is never kept.
                .authorizeHttpRequests(a -> a.requestMatchers(GET, "/public/**").permitAll()
                        .requestMatchers(POST, "/public/verify").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Public pages answer conditional requests with 304 when their body has not changed. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.ShallowEtagHeaderFilter>
            publicEtags() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.filter.ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/notices", "/public/notices/*", "/public/keys");
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        secureHeaders(http, API_POLICY);
        // No CSRF token here: the API has no cookie session (stateless HTTP Basic), so a forged request
        // from another site carries no credentials a browser would add on its own.
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/timeline",
                                "/api/v1/catalogue/behaviours")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, COMMUNICATIONS, AUDITOR)
                        .requestMatchers(POST, "/api/v1/cases").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/cases/*/assign", "/api/v1/cases/*/approve-closure",
                                "/api/v1/cases/*/reject-closure", "/api/v1/cases/*/reopen")
                        .hasRole(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/cases/*/start-investigation", "/api/v1/cases/*/notes",
                                "/api/v1/cases/*/severity", "/api/v1/cases/*/substantiate-allegation",
                                "/api/v1/cases/*/dismiss-allegation", "/api/v1/cases/*/propose-closure")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(GET, "/api/v1/cases/*/evidence", "/api/v1/cases/*/evidence/*",
                                "/api/v1/cases/*/evidence/*/content")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, COMMUNICATIONS, AUDITOR)
                        .requestMatchers(POST, "/api/v1/cases/*/evidence", "/api/v1/cases/*/evidence/*/exclude",
                                "/api/v1/cases/*/evidence/*/link-allegation",
                                "/api/v1/cases/*/evidence/*/unlink-allegation")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/cases/*/evidence/*/reclassify").hasRole(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/cases/*/evidence/*/verify")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .requestMatchers(GET, "/api/v1/cases/*/freezes", "/api/v1/freezes/*",
                                "/api/v1/accounts/*/freeze-status")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .requestMatchers(POST, "/api/v1/cases/*/freezes", "/api/v1/freezes/*/request-lift")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/freezes/*/approve", "/api/v1/freezes/*/reject",
                                "/api/v1/freezes/*/review", "/api/v1/freezes/*/approve-lift",
                                "/api/v1/freezes/*/reject-lift", "/api/v1/freezes/*/retry")
                        .hasRole(SUPERVISOR)
                        .requestMatchers(GET, "/api/v1/approvals", "/api/v1/freezes-needing-attention")
                        .hasRole(SUPERVISOR)
                        .requestMatchers(GET, "/api/v1/cases/*/disclosures", "/api/v1/disclosures/*")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, COMMUNICATIONS, AUDITOR)
                        .requestMatchers(POST, "/api/v1/cases/*/disclosures", "/api/v1/disclosures/*/revise",
                                "/api/v1/disclosures/*/submit")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, COMMUNICATIONS)
                        .requestMatchers(POST, "/api/v1/disclosures/*/approve", "/api/v1/disclosures/*/reject")
                        .hasRole(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/disclosures/*/publish", "/api/v1/disclosures/*/correct",
                                "/api/v1/disclosures/*/retract")
                        .hasRole(COMMUNICATIONS)
                        .requestMatchers(GET, "/api/v1/cases/*/analyses", "/api/v1/analyses/*",
                                "/api/v1/analyses/*/result", "/api/v1/analysis-methods")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .requestMatchers(POST, "/api/v1/cases/*/analyses", "/api/v1/analyses/*/link-allegation")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/analyses/*/verify").hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .requestMatchers(POST, "/api/v1/audit/verify").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(POST, "/api/v1/audit/projections").hasRole(AUDITOR)
                        .requestMatchers(GET, "/api/v1/audit/export", "/api/v1/audit/cases/*/state").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        // Sessions: Vaadin checks its own per-UI CSRF token on every request that changes anything; the login
        // form, which Vaadin exempts from Spring's token, must come from this origin (SameOriginLogin); a
        // login gets a new session id, so a session fixed before it is worthless; idle sessions end after
        // server.servlet.session.timeout.
        secureHeaders(http, UI_POLICY);
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.addFilterBefore(new SameOriginLogin(), UsernamePasswordAuthenticationFilter.class);
        // The stylesheet must load before login too; it holds nothing but styling.
        http.authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/glassbox.css", "/error")
                .permitAll().requestMatchers(GET, "/webjars/echarts/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .with(new LockedOutPage(), Customizer.withDefaults()).build();
    }

    /**
     * Sends a locked-out user back to the login view with its own message. Applied after Vaadin's
     * configurer, which sets up the form login in its init: configuring the form login earlier would
     * replace Vaadin's login view with Spring's generated page.
     */
    static final class LockedOutPage extends AbstractHttpConfigurer<LockedOutPage, HttpSecurity> {
        @Override
        public void init(HttpSecurity http) {
            var failures = new ExceptionMappingAuthenticationFailureHandler();
            failures.setDefaultFailureUrl("/login?error");
            failures.setExceptionMappings(Map.of(ThrottledAuthentication.LockedOut.class.getName(), "/login?locked"));
            http.formLogin(form -> form.failureHandler(failures));
        }
    }
}
