/**
 * Remote tickets (线上取号): a ticket taken by phone that waits in no queue until the citizen checks
 * in at the hall (kiosk scan, the entrance's rotating code, or the desk), and lapses at the hall's
 * lapse time when never checked in.
 */
package org.onewindow.server.remote;
