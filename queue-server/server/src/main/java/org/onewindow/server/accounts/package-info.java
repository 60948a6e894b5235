/**
 * Staff accounts and registered devices, kept in the records database and managed from the
 * manager's console; read by security through {@link org.onewindow.server.accounts.AccountDirectory}.
 */
package org.onewindow.server.accounts;
