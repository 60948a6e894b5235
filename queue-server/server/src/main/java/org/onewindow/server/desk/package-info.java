/** The information desk (咨询导办): finding a ticket by its number, settling green-channel requests, a ticket's QR code. */
package org.onewindow.server.desk;
