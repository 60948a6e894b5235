package org.onewindow.protocol.rest;

/**
 * What a citizen is told after leaving a number for near-turn notices: the number masked, and when
 * the first text comes.
 *
 * @param mobile       masked, e.g. 138****5678
 * @param family       a family member's number
 * @param aheadAt      the near-turn text goes out when this many people are ahead
 * @param peopleAhead  people ahead now; at or below {@code aheadAt} no near-turn text comes, only
 *                     the one when the ticket is called
 */
public record NearTurnNoticeView(String mobile, boolean family, int aheadAt, int peopleAhead) {
}
