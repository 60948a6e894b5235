package org.onewindow.server.rating;

/**
 * A finished service its person may still rate at a terminal, with the token that rates it. Kept
 * under the person's key (never the ID number) for as long as the token is valid.
 */
record StoredRateable(String ticketId, String ticketNumber, String areaId, String windowNo, long finishedAt, String token) {
}
