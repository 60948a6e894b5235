package org.onewindow.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.onewindow.protocol.mqtt.TrustStore;

/**
 * Everything a kiosk is told; see {@code kiosk.properties} for each setting's meaning.
 *
 * @param deviceId         this kiosk's id, e.g. kiosk-1
 * @param deviceToken      its bearer token for the queue server
 * @param serverUrl        queue server, e.g. http://10.0.0.2:8080
 * @param hallId           hall
 * @param mqttUrl          broker, e.g. tcp://10.0.0.2:1883 or ssl://broker.hall:8883; the kiosk
 *                         connects as {@code deviceId} with {@code deviceToken} as its password
 * @param mqttTrust        the CAs trusted for an ssl:// broker; null: the JVM's own
 * @param trackingBaseUrl  what the ticket's QR code points at, before /{hall}/track/{code}, when the server gives no address of its own
 * @param idle             back to the home screen after this long untouched
 * @param elderlyIdle      the same in elderly mode (longer: older citizens read and decide more slowly)
 * @param cardLiftedGrace  a card lifted from the reader is forgotten once the screen has been untouched this long
 * @param landscape        landscape (1920×1080) or portrait (1080×1920)
 * @param fullScreen       full screen (the hall) or a window (a laptop)
 * @param locale           zh or en at start
 * @param reader           ID card reader
 * @param scanner          code scanner
 * @param printer          ticket printer
 * @param paperMillimetres 80 or 58
 * @param ticketDirectory  where the simulated printer writes its PNGs
 * @param simulatorPanel   show the panel that swipes sample cards and scans sample codes
 * @param demoCodesFile    sample appointment codes for the panel, optional
 * @param speech           speak prompts in elderly mode (espeak-ng)
 * @param mode             AUTO (queue kiosk while the hall is open, 24-hour terminal outside),
 *                         TERMINAL (always the terminal) or QUEUE (never switches)
 * @param locker           result locker board: none, simulated or serial
 * @param lockerAddress    the board's address on its line (1-254)
 * @param lockerSlots      slots of the simulated board
 * @param pendingPickups   where pickups not yet recorded by the server are kept (server grants, no personal data)
 */
public record KioskConfig(
        String deviceId,
        String deviceToken,
        String serverUrl,
        String hallId,
        String mqttUrl,
        TrustStore mqttTrust,
        String trackingBaseUrl,
        Duration idle,
        Duration elderlyIdle,
        Duration cardLiftedGrace,
        boolean landscape,
        boolean fullScreen,
        Locale locale,
        DeviceSetting reader,
        DeviceSetting scanner,
        DeviceSetting printer,
        int paperMillimetres,
        Path ticketDirectory,
        boolean simulatorPanel,
        Path demoCodesFile,
        boolean speech,
        KioskMode mode,
        DeviceSetting locker,
        int lockerAddress,
        int lockerSlots,
        Path pendingPickups) {

    /** What identifies this kiosk, and never its token: configurations end up in logs. */
    @Override
    public String toString() {
        return "KioskConfig[deviceId=" + deviceId + ", hallId=" + hallId + ", serverUrl=" + serverUrl + ", mqttUrl="
                + mqttUrl + ", mqttTrust=" + mqttTrust + ", mode=" + mode + "]";
    }
}
