/**
 * The citizen's phone page behind the ticket's QR code: the page, its tracking view (masked, with the
 * rating link once the service finished) and the ticket's live stream, all opened by the tracking
 * code alone.
 */
package org.onewindow.server.phone;
