package org.onewindow.server.hall;

/** How an item is decided. */
public enum ItemKind {
    /** 即办件: decided on the spot. */
    IMMEDIATE,
    /** 承诺件: decided within the promised working days. */
    PROMISED,
    /** 联办件: several departments decide in parallel (并联审批). */
    JOINT
}
