package org.onewindow.kiosk.device.idcard;

import java.util.Arrays;

/** SW3 status codes of a SAM reader, with plain words for staff. */
enum SamStatus {
    OK(0x90, "成功"),
    CARD_FOUND(0x9F, "找到卡"),
    NO_CARD(0x80, "无卡"),
    SELECT_FAILED(0x81, "选卡失败"),
    READ_FAILED(0x41, "读卡失败"),
    CHECKSUM_ERROR(0x10, "校验和错误"),
    LENGTH_ERROR(0x11, "长度错误"),
    BAD_COMMAND(0x21, "命令错误"),
    NOT_AUTHORISED(0x23, "越权操作"),
    UNKNOWN_ERROR(0x24, "未知错误"),
    AUTHENTICATION_FAILED(0x31, "卡认证机具失败"),
    AUTHENTICATION_FAILED_2(0x32, "机具认证卡失败"),
    VERIFICATION_ERROR(0x33, "信息验证错误"),
    UNKNOWN_CARD_TYPE(0x40, "无法识别的卡类型"),
    NO_SUCH_CONTENT(0x91, "无此项内容"),
    COMMUNICATION_FAULT(0xFF, "通信故障"),
    UNLISTED(-1, "未列出的状态");

    private final int code;
    private final String words;

    SamStatus(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public static SamStatus of(int sw3) {
        return Arrays.stream(values()).filter(s -> s.code == (sw3 & 0xFF)).findFirst().orElse(UNLISTED);
    }

    public String words() {
        return words;
    }
}
