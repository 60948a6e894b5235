package org.onewindow.server.hall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads every hall file named in {@code onewindow.halls.files} at start-up; a wrong file stops the start. */
@Configuration(proxyBeanMethods = false)
class HallConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HallConfiguration.class);

    @Bean
    HallDirectory hallDirectory(HallSettings settings, ResourceLoader resources, ObjectProvider<BrokerNames> brokerNames) {
        Set<String> brokers = brokerNames.getIfAvailable(() -> () -> Set.of()).names();
        if (settings.files().isEmpty()) {
            throw new HallConfigurationException("onewindow.halls.files names no hall file");
        }
        List<Hall> halls = new ArrayList<>();
        for (String location : settings.files()) {
            Resource resource = resources.getResource(location);
            try (InputStream in = resource.getInputStream()) {
                Hall hall = HallLoader.load(location, new String(in.readAllBytes(), StandardCharsets.UTF_8), brokers);
                log.info("Hall {} ({}) from {}: {} areas, {} windows, {} items, broker {}", hall.id(), hall.name(), location,
                        hall.areas().size(), hall.windows().size(), hall.items().size(),
                        hall.broker() == null ? "default" : hall.broker());
                halls.add(hall);
            } catch (IOException e) {
                throw new HallConfigurationException(location + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return new HallDirectory(halls);
    }
}
