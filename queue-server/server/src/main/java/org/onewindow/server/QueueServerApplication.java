package org.onewindow.server;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The queue server: tickets, routing, calling and tidal windows on Redis, published over REST and MQTT. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QueueServerApplication {

    /** The one clock every feature reads, so tests can set the time of day. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(QueueServerApplication.class, args);
    }
}
