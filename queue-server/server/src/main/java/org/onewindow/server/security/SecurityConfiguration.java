package org.onewindow.server.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;

/**
 * Who may call what. The REST API is stateless: staff use HTTP Basic, devices a bearer token.
 * Citizens' phones may read only the masked tracking view of their own ticket.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String STAFF = "CLERK";
    private static final String MANAGER = "MANAGER";

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, WindowAccess windowAccess) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable()) // stateless API: no cookies, so no cross-site request to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) ->
                        write(res, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "sign in first")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                write(res, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "sign in first"))
                        .accessDeniedHandler((req, res, e) ->
                                write(res, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "not allowed for this account")))
                .addFilterBefore(new DeviceTokenFilter(settings.devices()), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/track/{code}").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets")
                                .hasAnyRole("DEVICE_KIOSK", "DEVICE_TERMINAL", STAFF, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/appointments/check-in")
                                .hasAnyRole("DEVICE_KIOSK", "DEVICE_TERMINAL", STAFF, MANAGER)
                        .requestMatchers("/api/halls/{hall}/appointments/**").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/tickets/{id}/**").hasAnyRole(STAFF, MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/halls/{hall}/windows/{no}/**").access(windowAccess)
                        .requestMatchers("/api/halls/{hall}/tidal/**").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/halls/{hall}/notice").hasRole(MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/halls/{hall}/areas/{area}/waiting").hasAnyRole(STAFF, MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    UserDetailsService users(SecuritySettings settings) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        settings.users().forEach(u -> users.createUser(User.withUsername(u.username())
                .password(u.passwordHash()).roles(u.roles().toArray(String[]::new)).build()));
        return users;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JsonCodec.toBytes(new ApiError(status, code, message, null)));
    }
}
