/**
 * The hall's main board: the latest calls, every area's queue and predicted wait, the open tidal
 * windows and the manager's scrolling notice.
 */
package org.onewindow.display.board;
