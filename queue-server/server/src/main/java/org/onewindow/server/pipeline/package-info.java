/**
 * What happens after a change, on whichever instance is alive. Each hall is worked by one instance
 * at a time ({@link org.onewindow.server.pipeline.HallLeases}), spread over the live ones; that
 * instance reads the hall's event log through Redis Streams consumer groups, runs every
 * {@link org.onewindow.server.pipeline.HallEffect} of an entry, and acknowledges the entry only
 * after they succeeded, so an entry whose instance died is delivered again, to the next holder.
 * Effects are idempotent by event. An effect that keeps failing is parked where the manager sees it.
 */
package org.onewindow.server.pipeline;
