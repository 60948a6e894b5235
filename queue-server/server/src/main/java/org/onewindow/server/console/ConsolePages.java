package org.onewindow.server.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser consoles are static pages under {@code /console/} (resources/static/console) that
 * talk to the REST API; this only gives them short addresses.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

    /** Whether a path is one of the console's static pages or the phone's, which carry their own security headers. */
    static boolean servesConsolePage(String path) {
        return path.equals("/") || path.equals("/index.html") || path.equals("/rate.html") || path.equals("/console")
                || path.startsWith("/console/") || path.startsWith("/t/") || path.startsWith("/phone/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
    }
}
