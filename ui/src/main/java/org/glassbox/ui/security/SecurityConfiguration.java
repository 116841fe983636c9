package org.glassbox.ui.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.glassbox.api.shared.Role;
import org.glassbox.ui.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The public registry: no login, no session, no CSRF token (nothing there changes state), so its
     * pages are the same for everyone and can be cached.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.requestMatchers(GET, "/public/notices", "/public/notices/*",
                        "/public/notices/*/analyses/*", "/public/methods/*", "/public/verify").permitAll()
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
        registration.addUrlPatterns("/public/notices", "/public/notices/*");
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
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
                                "/api/v1/freezes/*/reject-lift")
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
        // The stylesheet must load before login too; it holds nothing but styling.
        http.authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/glassbox.css", "/error")
                .permitAll().requestMatchers(GET, "/webjars/echarts/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
