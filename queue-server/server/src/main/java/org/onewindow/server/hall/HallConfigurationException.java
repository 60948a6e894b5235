package org.onewindow.server.hall;

/**
 * A hall file that cannot be used. The message names the file, the place in it (line:column)
 * and the field, e.g. {@code halls/linxia.yml:42:7 areas[2].prefix: must be one capital letter}.
 */
public class HallConfigurationException extends RuntimeException {

    public HallConfigurationException(String message) {
        super(message);
    }

    public HallConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
