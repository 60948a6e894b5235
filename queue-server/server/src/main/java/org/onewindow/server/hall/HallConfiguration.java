package org.onewindow.server.hall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads every hall file named in {@code onewindow.halls.files} at start-up; a wrong file stops the start. */
@Configuration(proxyBeanMethods = false)
class HallConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HallConfiguration.class);

    @Bean
    HallDirectory hallDirectory(HallSettings settings, ResourceLoader resources) {
        if (settings.files().isEmpty()) {
            throw new HallConfigurationException("onewindow.halls.files names no hall file");
        }
        List<Hall> halls = new ArrayList<>();
        for (String location : settings.files()) {
            Resource resource = resources.getResource(location);
            try (InputStream in = resource.getInputStream()) {
                Hall hall = HallLoader.load(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                log.info("Hall {} ({}) from {}: {} areas, {} windows, {} items", hall.id(), hall.name(), location,
                        hall.areas().size(), hall.windows().size(), hall.items().size());
                halls.add(hall);
            } catch (IOException e) {
                throw new HallConfigurationException(location + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return new HallDirectory(halls);
    }
}
