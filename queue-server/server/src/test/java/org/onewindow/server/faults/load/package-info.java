/** The load of a scenario: kiosks, clerks at their windows and citizens rating, and a watcher of the hall's MQTT topics. */
package org.onewindow.server.faults.load;
