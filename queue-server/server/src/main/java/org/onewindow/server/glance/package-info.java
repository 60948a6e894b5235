/**
 * The hall at a glance: one screen for the manager, and a wall mode for a large screen in the
 * manager's office. Every window as a tile, every area's queue against its tidal thresholds, and
 * what needs a manager now, each linking to where it is handled. It reads through the other
 * features' services and changes nothing.
 */
package org.onewindow.server.glance;
