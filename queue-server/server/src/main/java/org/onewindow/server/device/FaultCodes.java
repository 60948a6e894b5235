package org.onewindow.server.device;

import java.util.List;
import java.util.regex.Pattern;

import org.onewindow.protocol.message.DeviceHealth;

/**
 * Names the known conditions of a part by a stable code, so that consoles describe them in their
 * own language instead of showing a device's raw words. Devices may send the code themselves;
 * today's kiosks send only words, so the words they are known to send are recognised here (the
 * reader's in English, from its serial protocol; the printer's, scanner's and locker's in
 * Chinese). Words not recognised get no code and the console shows them as they came.
 */
final class FaultCodes {

    private record Known(String part, Pattern words, String code) {
    }

    private static final String READER = "idcard-reader";
    private static final String STEP = "^(SAM status|find card|select card|read card): ";

    private static final List<Known> KNOWN = List.of(
            new Known(READER, Pattern.compile(STEP + "no answer within \\d+ ms$"), "READER_NO_ANSWER"),
            new Known(READER, Pattern.compile(STEP + "reader answered "), "READER_REFUSED"),
            new Known(READER, Pattern.compile("^read answer (too short|lengths do not add up)"), "READER_BAD_ANSWER"),
            new Known(READER, Pattern.compile(STEP + "answer spoilt on the line"), "READER_BAD_ANSWER"),
            new Known(READER, Pattern.compile(STEP + ".*(serial port|read failed|write failed|is closed)"), "READER_LINE_FAILED"),
            new Known("printer", Pattern.compile("^纸将尽"), "PRINTER_PAPER_LOW"),
            new Known("printer", Pattern.compile("^缺纸"), "PRINTER_PAPER_OUT"),
            new Known("printer", Pattern.compile("^纸仓盖打开"), "PRINTER_COVER_OPEN"),
            new Known("printer", Pattern.compile("^打印机离线"), "PRINTER_OFFLINE"),
            new Known("printer", Pattern.compile("^打印机无响应"), "PRINTER_NO_ANSWER"),
            new Known("printer", Pattern.compile("^打印机故障"), "PRINTER_FAILED"),
            new Known("scanner", Pattern.compile("^扫码器无响应"), "SCANNER_NO_ANSWER"),
            new Known("locker", Pattern.compile("^取件柜无应答"), "LOCKER_NO_ANSWER"),
            new Known("locker-doors", Pattern.compile("^\\d+号柜门未关闭"), "LOCKER_DOOR_LEFT_OPEN"));

    private FaultCodes() {
    }

    /** The part with its code: the one the device sent, else the known fault its words say; none when OK. */
    static DeviceHealth.Component coded(DeviceHealth.Component part) {
        if (!part.code().isEmpty() || "OK".equals(part.state())) {
            return part;
        }
        return new DeviceHealth.Component(part.name(), part.state(), part.detail(), of(part.name(), part.detail()));
    }

    /** The code of a part's words, empty when they are not those of a known fault. */
    static String of(String part, String detail) {
        if (detail == null) {
            return "";
        }
        String words = detail.strip();
        return KNOWN.stream().filter(k -> k.part().equals(part) && k.words().matcher(words).find())
                .map(Known::code).findFirst().orElse("");
    }
}
