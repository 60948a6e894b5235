package org.onewindow.server.live;

import java.util.Set;

import org.onewindow.server.events.HallEvent;

/**
 * Something on this instance that holds open streams of some halls and wants to hear their events
 * as they happen (the consoles' streams, the citizens' ticket streams). The event tail follows the
 * halls any watcher names; like every stream it may miss an entry, so a watcher only refreshes.
 */
public interface HallEventWatcher {

    /** The halls this watcher has a stream open for now. */
    Set<String> watchedHalls();

    /** An event of a watched hall; called on the tail's thread, so it must return at once. */
    void heard(HallEvent event);
}
