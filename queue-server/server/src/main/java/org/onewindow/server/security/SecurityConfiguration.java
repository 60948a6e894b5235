package org.onewindow.server.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.accounts.AccountDirectory;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.SignInRefusedException;
import org.onewindow.server.hall.HallDirectory;

/**
 * Who may call what. The REST API is stateless: staff use HTTP Basic, devices a bearer token.
 * Citizens' phones may read only the masked tracking view of their own ticket.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String STAFF = "CLERK";
    private static final String MANAGER = "MANAGER";
    /** The guide (导办员) at the information desk: looks tickets up, settles green-channel requests, issues tickets. */
    private static final String GUIDE = "GUIDE";

    @Bean
    SecurityFilterChain api(HttpSecurity http, DeviceRegistry devices, WindowAccess windowAccess,
                            ConsoleSessions sessions, UserDetailsService users, StaffAuthentication staff,
                            CsrfTokenRepository xsrfTokens, HallDirectory halls, StaffReach reach,
                            MonitoringSettings monitoring) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                // Consoles sign in with a session cookie, which a browser would send with a forged
                // cross-site request too: such requests must also carry the XSRF-TOKEN cookie's value
                // in the X-XSRF-TOKEN header, which another site cannot read. API clients and devices
                // authenticate with a header a browser never adds by itself and need no token.
                .csrf(csrf -> csrf.spa().csrfTokenRepository(xsrfTokens)
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        // A console's every request is signed in afresh from its cookie, and Spring
                        // would issue a new token each time: a click racing the page's own reloads
                        // would then carry a token already replaced. It is renewed at sign-in instead.
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(staff)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicRefused))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                write(res, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "sign in first"))
                        .accessDeniedHandler((req, res, e) -> {
                            if (e instanceof org.springframework.security.web.csrf.CsrfException) {
                                write(res, HttpServletResponse.SC_FORBIDDEN, "CSRF", "missing or wrong X-XSRF-TOKEN header; reload the page");
                            } else {
                                write(res, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "not allowed for this account");
                            }
                        }))
                .addFilterBefore(new DeviceTokenFilter(devices), BasicAuthenticationFilter.class)
                .addFilterAfter(new ScraperTokenFilter(monitoring), DeviceTokenFilter.class)
                .addFilterBefore(new ConsoleSessionFilter(sessions, users), BasicAuthenticationFilter.class)
                // After the roles: a scope narrows what a role allows (ADR 0040).
                .addFilterAfter(new HallScopeFilter(halls, reach), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // The end of a live stream is dispatched again inside the already-authorised request.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .requestMatchers(ScraperTokenFilter.PATH).hasRole(ScraperTokenFilter.ROLE)
                        .requestMatchers("/actuator/**").denyAll()
                        // The citizen's phone: the ticket's view, its item and its live stream, by the code alone.
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/track/{code}", "/api/halls/{hall}/track/{code}/item",
                                "/api/halls/{hall}/track/{code}/live").permitAll()
                        // Whoever holds a ticket's tracking code may leave a number for its notices, as they may follow it.
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/track/{code}/notices").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/halls/{hall}/track/{code}/notices").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/session").permitAll()
                        // Remote tickets by phone, no account: the limits are per area, browser and address.
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/remote-tickets", "/api/halls/{hall}/remote-tickets/{code}",
                                "/api/halls/{hall}/remote-tickets/{code}/qr.svg").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/remote-tickets",
                                "/api/halls/{hall}/remote-tickets/{code}/check-in").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/entrance-code", "/api/halls/{hall}/entrance-code/qr.svg")
                                .hasAnyRole(GUIDE, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets/{id}/check-in").hasAnyRole(GUIDE, MANAGER)
                        // A citizen's phone rates with the token alone; staff never rate.
                        .requestMatchers(HttpMethod.POST, "/api/ratings").access(NotStaff.INSTANCE)
                        .requestMatchers("/api/halls/{hall}/cases/supervision").hasRole(MANAGER)
                        .requestMatchers("/api/halls/{hall}/cases", "/api/halls/{hall}/cases/**").hasAnyRole(STAFF, MANAGER)
                        .requestMatchers("/api/halls/{hall}/ratings", "/api/halls/{hall}/follow-ups/**",
                                "/api/halls/{hall}/devices", "/api/halls/{hall}/devices/**",
                                "/api/halls/{hall}/statistics", "/api/halls/{hall}/statistics.csv", "/api/halls/{hall}/glance",
                                "/api/halls/{hall}/statistics/range", "/api/halls/{hall}/statistics/range.csv",
                                "/api/halls/{hall}/statistics/range.xlsx")
                                .hasRole(MANAGER)
                        .requestMatchers("/api/accounts/**").hasRole(MANAGER)
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/overview").hasRole(MANAGER)
                        .requestMatchers("/api/session", "/api/staff").hasAnyRole(STAFF, MANAGER, GUIDE)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets")
                                .hasAnyRole("DEVICE_KIOSK", "DEVICE_TERMINAL", STAFF, MANAGER, GUIDE)
                        // The desk's reads: a device's shared token must not read tickets by their number.
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/tickets", "/api/halls/{hall}/tickets/{id}/qr.svg",
                                "/api/halls/{hall}/green-channel/pending").hasAnyRole(STAFF, MANAGER, GUIDE)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/appointments/check-in")
                                .hasAnyRole("DEVICE_KIOSK", "DEVICE_TERMINAL", STAFF, MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/appointments/slots")
                                .hasAnyRole("DEVICE_KIOSK", "DEVICE_TERMINAL", STAFF, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/appointments", "/api/halls/{hall}/appointments/{id}/cancel")
                                .hasAnyRole("DEVICE_TERMINAL", MANAGER)
                        .requestMatchers("/api/halls/{hall}/appointments/**").hasRole(MANAGER)
                        // Declining is the desk's judgement; a window only ever raises.
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets/{id}/green-channel/decline")
                                .hasAnyRole(GUIDE, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets/{id}/**").hasAnyRole(STAFF, MANAGER, GUIDE)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/windows/{no}/**").access(windowAccess)
                        .requestMatchers("/api/halls/{hall}/tidal/**").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/halls/{hall}/notice").hasRole(MANAGER)
                        .requestMatchers("/api/halls/{hall}/silence").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/areas/{area}/waiting").hasAnyRole(STAFF, MANAGER)
                        // Devices follow the hall over MQTT; a device's token opens no console stream.
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/live").hasAnyRole(STAFF, MANAGER, GUIDE)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * The console pages and the citizen's phone page ({@code /t/...}, its files under {@code /phone/}):
     * public files, sent with headers that keep them from being framed or fed scripts.
     */
    @Bean
    SecurityFilterChain consolePageHeaders(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/index.html", "/rate.html", "/console/**", "/t/**", "/phone/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    private static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE")) {
            return false;
        }
        return ConsoleSessionFilter.sessionCookie(request).isPresent()
                || request.getRequestURI().equals("/api/session");
    }

    /**
     * No observation around each filter of the chains, the authentication and each authorisation:
     * they wrapped every request in a dozen observations, about a tenth of the server's time on the
     * busiest paths (docs/benchmarks.md, "REST at the floor"). The request as a whole is still
     * observed ({@code http.server.requests}), which is what operations read.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The XSRF-TOKEN cookie, readable by the console's scripts (and by no other site's). */
    @Bean
    CsrfTokenRepository xsrfTokens() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    /** Staff as the account directory knows them now: a disabled account signs in nowhere, its sessions included. */
    @Bean
    UserDetailsService users(AccountDirectory accounts) {
        return username -> accounts.staff(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash())
                        .roles(a.roles().toArray(String[]::new)).disabled(a.disabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    StaffAuthentication staffAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                            AuditTrail audit) {
        return new StaffAuthentication(users, encoder, throttle, audit);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** HTTP Basic answered as the consoles' sign-in is: 429 while paused, 400 for an overlong name, else 401. */
    private static void basicRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInPaused paused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
            write(response, 429, "TOO_MANY_ATTEMPTS", SignInRefusedException.tooManyAttempts(paused.retryAfterSeconds()).getMessage(), null);
        } else if (e instanceof SignInNameTooLong) {
            write(response, HttpServletResponse.SC_BAD_REQUEST, "INVALID_FIELD", SignInNameTooLong.MESSAGE, "username");
        } else {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "sign in first");
        }
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, code, message, null);
    }

    private static void write(HttpServletResponse response, int status, String code, String message, String field)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JsonCodec.toBytes(new ApiError(status, code, message, field)));
    }
}
