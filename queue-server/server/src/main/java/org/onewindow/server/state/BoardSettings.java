package org.onewindow.server.state;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the boards show.
 *
 * @param recentCalls  calls listed on the main board, newest first
 */
@ConfigurationProperties("onewindow.board")
public record BoardSettings(int recentCalls) {

    public BoardSettings {
        recentCalls = recentCalls <= 0 ? 10 : recentCalls;
    }
}
