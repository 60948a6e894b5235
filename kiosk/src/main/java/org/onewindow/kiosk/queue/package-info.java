/**
 * The queue kiosk: a citizen chooses an area (and an item), shows an ID card or goes without, or
 * scans an appointment code, and gets a printed ticket. This package is what the kiosk does, with
 * no screen in it: the steps, the calls to the queue server, printing, and what to show when
 * something goes wrong. Its screens ({@code queue.view}) render {@link org.onewindow.kiosk.queue.Screen}s
 * and pass the citizen's touches in.
 */
package org.onewindow.kiosk.queue;
