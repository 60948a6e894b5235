/** What every screen shares: its words in Chinese or English and the mark shown while it may be out of date. */
package org.onewindow.display.ui;
