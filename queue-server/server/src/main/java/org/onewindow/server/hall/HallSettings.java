package org.onewindow.server.hall;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which halls this deployment serves.
 *
 * @param files  hall definition files ({@code classpath:} or {@code file:} locations), one hall each
 */
@ConfigurationProperties("onewindow.halls")
public record HallSettings(List<String> files) {

    public HallSettings {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
