/**
 * Live updates for the browser consoles: a server-sent event stream per hall that says "this
 * changed", after which a console fetches what it shows. The stream carries no state of its own,
 * so a console that missed events (asleep, reconnecting, server restarted) just fetches again.
 */
package org.onewindow.server.live;
