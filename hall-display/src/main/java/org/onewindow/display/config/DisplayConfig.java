package org.onewindow.display.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.onewindow.protocol.mqtt.TrustStore;

/**
 * How one display is set up; read from {@code display.properties} by {@link DisplayConfigFile}.
 *
 * @param deviceId          this screen's id, e.g. board-main or window-5
 * @param mode              main board or window screen
 * @param windowNo          the window shown in window mode, empty on a board
 * @param hallId            hall
 * @param mqttUrl           the broker the queue server publishes to
 * @param mqttUsername      the user name the broker knows this screen by; empty: {@code deviceId}
 * @param mqttPassword      this screen's token, as registered with the queue server
 * @param mqttTrust         the CAs trusted for an ssl:// broker; null: the JVM's own
 * @param timeZone          the hall's clock
 * @param locale            zh or en
 * @param fullScreen        full screen, or a window of {@code width}×{@code height}
 * @param width             window width when not full screen
 * @param height            window height when not full screen
 * @param scale             text size factor, 1.0 reads from ten metres on a 55-inch screen
 * @param callRows          calls listed on the board
 * @param areaColumns       columns of area queues on the board
 * @param areas             area ids shown on the board, empty for all
 * @param highlight         how long the newest call stays highlighted
 * @param voice             whether calls are spoken
 * @param voiceRepeat       how many times each call is spoken
 * @param voiceMaxAge       a call older than this when its turn comes is not spoken
 * @param voiceRecordDir    where every announcement is also kept as a WAV file, or null
 * @param phoneBaseUrl      where citizens' phones reach the queue server, for the evaluator's QR code
 * @param evaluatorMinimum  how long after a service its rating request stays on the evaluator at
 *                          least, unless rated, even when the window has called the next ticket
 */
public record DisplayConfig(
        String deviceId,
        DisplayMode mode,
        String windowNo,
        String hallId,
        String mqttUrl,
        String mqttUsername,
        String mqttPassword,
        TrustStore mqttTrust,
        ZoneId timeZone,
        Locale locale,
        boolean fullScreen,
        int width,
        int height,
        double scale,
        int callRows,
        int areaColumns,
        List<String> areas,
        Duration highlight,
        boolean voice,
        int voiceRepeat,
        Duration voiceMaxAge,
        Path voiceRecordDir,
        String phoneBaseUrl,
        Duration evaluatorMinimum) {

    public DisplayConfig {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(mode, "mode");
        windowNo = windowNo == null ? "" : windowNo;
        mqttUsername = mqttUsername == null || mqttUsername.isEmpty() ? deviceId : mqttUsername;
        mqttPassword = mqttPassword == null ? "" : mqttPassword;
        areas = areas == null ? List.of() : List.copyOf(areas);
        if (mode != DisplayMode.BOARD && windowNo.isEmpty()) {
            throw new IllegalArgumentException("window.no: is required when display.mode is " + mode.name().toLowerCase(java.util.Locale.ROOT));
        }
        phoneBaseUrl = phoneBaseUrl == null ? "" : phoneBaseUrl;
        Objects.requireNonNull(evaluatorMinimum, "evaluatorMinimum");
    }

    /**
     * Reads {@code display.properties}: the built-in defaults, then the files and
     * {@code key=value} settings given, in order; later wins.
     *
     * @throws IllegalArgumentException naming the key of a setting that is wrong or unknown
     */
    public static DisplayConfig load(List<String> args) throws IOException {
        return DisplayConfigFile.load(args);
    }

    /** What identifies this screen, and never its password: configurations end up in logs. */
    @Override
    public String toString() {
        return "DisplayConfig[deviceId=" + deviceId + ", mode=" + mode + ", windowNo=" + windowNo + ", hallId=" + hallId
                + ", mqttUrl=" + mqttUrl + ", mqttUsername=" + mqttUsername + ", mqttTrust=" + mqttTrust + "]";
    }

    /** The MQTT device kind under which this screen's presence is published. */
    public String deviceKind() {
        return switch (mode) {
            case BOARD -> "BOARD";
            case WINDOW -> "WINDOW_SCREEN";
            case EVALUATOR -> "EVALUATOR";
        };
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** Whether the board lists an area. */
    public boolean showsArea(String areaId) {
        return areas.isEmpty() || areas.contains(areaId);
    }
}
