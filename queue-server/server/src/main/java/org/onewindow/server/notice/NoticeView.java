package org.onewindow.server.notice;

/**
 * What a citizen is told after leaving a number: the number masked, and when the notice comes.
 *
 * @param mobile       masked, e.g. 138****5678
 * @param family       a family member's number
 * @param aheadAt      the near-turn notice goes out when this many people are ahead
 * @param peopleAhead  people ahead now
 */
public record NoticeView(String mobile, boolean family, int aheadAt, int peopleAhead) {
}
