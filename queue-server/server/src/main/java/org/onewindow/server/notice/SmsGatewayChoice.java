package org.onewindow.server.notice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway the settings name. */
@Configuration
class SmsGatewayChoice {

    @Bean
    SmsGateway smsGateway(SmsSettings settings) {
        return switch (settings.gateway()) {
            case "simulated" -> new SimulatedSmsGateway();
            case "http" -> new HttpSmsGateway(settings);
            default -> throw new IllegalStateException("onewindow.sms.gateway must be simulated or http, not " + settings.gateway());
        };
    }
}
