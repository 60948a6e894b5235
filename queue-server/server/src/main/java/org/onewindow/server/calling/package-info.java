/** Windows at work: sign-in, call next or a chosen ticket, recall, park, no-show, transfer, finish, pause, silent calls. */
package org.onewindow.server.calling;
