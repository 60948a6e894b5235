package org.onewindow.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.DeviceHealth;

/** The words today's kiosks send for their parts' faults, as the kiosk's drivers write them. */
class FaultCodesTest {

    @Test
    void theReadersEnglishWordsAreKnownFaults() {
        assertThat(FaultCodes.of("idcard-reader", "find card: no answer within 500 ms")).isEqualTo("READER_NO_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "read card: no answer within 3500 ms")).isEqualTo("READER_NO_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "SAM status: no answer within 500 ms")).isEqualTo("READER_NO_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "read card: reader answered CHECKSUM_ERROR (校验和错误, SW3=10)"))
                .isEqualTo("READER_REFUSED");
        assertThat(FaultCodes.of("idcard-reader", "read answer too short: 2 bytes")).isEqualTo("READER_BAD_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "read card: answer spoilt on the line 3 times in a row"))
                .isEqualTo("READER_BAD_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "read answer lengths do not add up: text 256, photo 1024, frame data 9"))
                .isEqualTo("READER_BAD_ANSWER");
        assertThat(FaultCodes.of("idcard-reader", "find card: /dev/ttyUSB0: read failed (error 5)")).isEqualTo("READER_LINE_FAILED");
    }

    @Test
    void thePrinterScannerAndLockerWordsAreKnownFaults() {
        assertThat(FaultCodes.of("printer", "纸将尽")).isEqualTo("PRINTER_PAPER_LOW");
        assertThat(FaultCodes.of("printer", "缺纸：号票 A001 已显示在屏幕上")).isEqualTo("PRINTER_PAPER_OUT");
        assertThat(FaultCodes.of("printer", "纸仓盖打开")).isEqualTo("PRINTER_COVER_OPEN");
        assertThat(FaultCodes.of("printer", "打印机无响应")).isEqualTo("PRINTER_NO_ANSWER");
        assertThat(FaultCodes.of("scanner", "扫码器无响应 (/dev/ttyACM0: read failed)")).isEqualTo("SCANNER_NO_ANSWER");
        assertThat(FaultCodes.of("locker", "取件柜无应答（NO_ANSWER）")).isEqualTo("LOCKER_NO_ANSWER");
        assertThat(FaultCodes.of("locker-doors", "3号柜门未关闭，请工作人员查看")).isEqualTo("LOCKER_DOOR_LEFT_OPEN");
    }

    @Test
    void wordsOfAnotherPartOrUnknownWordsHaveNoCode() {
        assertThat(FaultCodes.of("printer", "find card: no answer within 500 ms")).isEmpty();
        assertThat(FaultCodes.of("scanner", "lens fogged")).isEmpty();
        assertThat(FaultCodes.of("idcard-reader", null)).isEmpty();
    }

    @Test
    void aCodeTheDeviceSentIsKeptAndAPartThatIsWellHasNone() {
        assertThat(FaultCodes.coded(new DeviceHealth.Component("scanner", "FAULT", "镜头起雾", "SCANNER_NO_ANSWER")).code())
                .isEqualTo("SCANNER_NO_ANSWER");
        assertThat(FaultCodes.coded(new DeviceHealth.Component("printer", "OK", "纸将尽")).code()).isEmpty();
        assertThat(FaultCodes.coded(new DeviceHealth.Component("printer", "FAULT", "缺纸")).code()).isEqualTo("PRINTER_PAPER_OUT");
    }
}
