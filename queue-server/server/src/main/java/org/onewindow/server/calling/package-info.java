/** Windows at work: sign-in, call next, recall, no-show, transfer, finish, pause and resume. */
package org.onewindow.server.calling;
