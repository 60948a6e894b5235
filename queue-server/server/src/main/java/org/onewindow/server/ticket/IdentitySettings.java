package org.onewindow.server.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that turns ID numbers into person keys.
 *
 * @param secret  HMAC key; when empty a random one is created once under the data directory
 */
@ConfigurationProperties("onewindow.identity")
public record IdentitySettings(String secret) {
}
