package org.onewindow.server.pipeline;

/** Told when this instance starts or stops working a hall; called on the lease thread, so it returns promptly. */
public interface LeaseListener {

    /** This instance works the hall from now on. */
    default void gained(String hallId) {
    }

    /** This instance no longer works the hall: called before a lease is handed over, or once it was lost. */
    default void lost(String hallId) {
    }
}
