/**
 * What the kiosk does, without any screen: the citizen's steps, the calls to the queue server,
 * printing, and what to show when something goes wrong. The JavaFX screens only render
 * {@link org.onewindow.kiosk.flow.Screen}s and pass the citizen's touches in.
 */
package org.onewindow.kiosk.flow;
