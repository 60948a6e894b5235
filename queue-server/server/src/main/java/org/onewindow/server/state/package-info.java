/** Reads a hall's live state as boards, window screens and area queues show it. */
package org.onewindow.server.state;
