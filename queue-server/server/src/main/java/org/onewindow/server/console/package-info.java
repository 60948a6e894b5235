/**
 * The clerk and manager consoles: plain HTML, CSS and JavaScript modules served by the queue
 * server itself (no build step, no separate web server), live through server-sent events.
 */
package org.onewindow.server.console;
