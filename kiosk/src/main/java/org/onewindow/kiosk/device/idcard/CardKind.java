package org.onewindow.kiosk.device.idcard;

/** Documents a SAM reader reads, told apart by the flag at byte 248 of the text block. */
public enum CardKind {
    /** 居民身份证 (flag: space). */
    RESIDENT,
    /** 外国人永久居留身份证 (flag I). */
    FOREIGN_PERMANENT_RESIDENT,
    /** 港澳台居民居住证 (flag J). */
    HMT_RESIDENCE_PERMIT
}
