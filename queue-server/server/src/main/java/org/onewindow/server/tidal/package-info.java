/** Tidal windows (潮汐窗口): opened for a surging area by a manager or by the rules, audited. */
package org.onewindow.server.tidal;
