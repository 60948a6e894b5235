/**
 * Near-turn notices (到号提醒): a citizen leaves a mobile number for a ticket (their own, or a family
 * member's for an elderly citizen) and is told by SMS when a set number of people are ahead and
 * when the ticket is called. Sent from the event log, once each, on whichever instance works the
 * hall, through an {@link org.onewindow.server.notice.SmsGateway}: a simulated one for the demo and
 * tests, or a provider's HTTP API. Numbers are kept for the day only and never logged in clear.
 */
package org.onewindow.server.notice;
