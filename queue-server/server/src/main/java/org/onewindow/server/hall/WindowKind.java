package org.onewindow.server.hall;

/** Kinds of window in a hall that works "一窗受理". */
public enum WindowKind {
    /** 综合受理窗口: any item of its areas, whatever the department. */
    COMPREHENSIVE,
    /** 专业窗口: one department's items only. */
    SPECIALISED,
    /** 潮汐窗口: no fixed area; opened for surging areas. */
    TIDAL,
    /** 统一出件窗口: hands out results. */
    PICKUP,
    /** 帮办代办: staff fill in and submit for those who need help. */
    ASSISTED,
    /** 咨询导办: information desk. */
    CONSULTATION,
    /** "办不成事"反映: complaints about things that could not be done. */
    COMPLAINT
}
