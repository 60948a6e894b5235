package org.onewindow.server.console;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTML answer a Content-Security-Policy, whoever makes it: the printable case notices,
 * the API's browsable description, error pages. A page that holds a name or a case is opened in a
 * clerk's browser, so a value that escaped escaping must still run no script, load nothing from
 * elsewhere and send nothing anywhere. The console pages bring their stricter-fitting policy of
 * their own (SecurityConfiguration) and are left to it. Set when the answer says it is HTML, as
 * only then is it known, and never over a policy already set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HtmlContentPolicy extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";
    /** Server-made pages: their own style sheet, nothing else at all. */
    static final String SERVER_PAGES = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The API description's page is a script application of its own files. */
    static final String API_DESCRIPTION = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ConsolePages.servesConsolePage(path)) {
            chain.doFilter(request, response);
            return;
        }
        String policy = path.startsWith("/swagger-ui") ? API_DESCRIPTION : SERVER_PAGES;
        chain.doFilter(request, new PolicyOnHtml(response, policy));
    }

    private static final class PolicyOnHtml extends HttpServletResponseWrapper {

        private final String policy;

        PolicyOnHtml(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            addPolicyIfHtml(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                addPolicyIfHtml(value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                addPolicyIfHtml(value);
            }
        }

        private void addPolicyIfHtml(String type) {
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") && !containsHeader(HEADER)) {
                super.setHeader(HEADER, policy);
            }
        }
    }
}
