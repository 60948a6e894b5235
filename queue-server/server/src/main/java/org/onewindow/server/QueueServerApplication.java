package org.onewindow.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The queue server: tickets, routing, calling and tidal windows on Redis, published over REST and MQTT. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QueueServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueueServerApplication.class, args);
    }
}
