/** The kiosk's configuration file: which hall and server, which devices on which ports. */
package org.onewindow.kiosk.config;
