/** Figures on demand: how long a call takes from the server to the board. */
package org.onewindow.display.benchmark;
