/** The self-service ticket kiosk: {@link org.onewindow.kiosk.Kiosk} assembles it from its configuration. */
package org.onewindow.kiosk;
