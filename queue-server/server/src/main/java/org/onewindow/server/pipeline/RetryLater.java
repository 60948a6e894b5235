package org.onewindow.server.pipeline;

/**
 * An effect cannot be done yet for a reason that passes by itself (the broker is away): the entry
 * is tried again after a pause, however long it takes, and never parked for it.
 */
public class RetryLater extends RuntimeException {

    public RetryLater(String why) {
        super(why, null, false, false);
    }
}
