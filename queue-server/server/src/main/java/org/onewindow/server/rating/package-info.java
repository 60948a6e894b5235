/**
 * 好差评: after every finished service the window's evaluator offers five levels, or the citizen
 * rates by phone from a QR code. One rating per service, by a signed single-use token that staff
 * never hold; bad ratings become follow-ups with a deadline of 15 working days.
 */
package org.onewindow.server.rating;
