package org.onewindow.server.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How near-turn notices are sent.
 *
 * @param gateway        {@code simulated} (the default: kept and logged, nothing leaves the server) or {@code http}
 * @param url            the provider's send address, for {@code http}
 * @param key            the provider's API key, for {@code http} (from the environment, never in a file)
 * @param templateNear   the provider's approved template id of "people ahead" notices
 * @param templateCalled the provider's approved template id of "you are called" notices
 * @param signName       the signature the provider prints, e.g. 临夏州政务服务中心
 */
@ConfigurationProperties("onewindow.sms")
public record SmsSettings(String gateway, String url, String key, String templateNear, String templateCalled,
                          String signName) {

    public SmsSettings {
        gateway = gateway == null || gateway.isBlank() ? "simulated" : gateway;
        key = key == null ? "" : key;
        templateNear = templateNear == null ? "" : templateNear;
        templateCalled = templateCalled == null ? "" : templateCalled;
        signName = signName == null ? "" : signName;
    }
}
