/** The hall as configuration: areas, windows, service items and the rules of priority and tidal windows. */
package org.onewindow.server.hall;
