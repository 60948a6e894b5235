/** The one JSON codec every party uses for payloads and REST bodies. */
package org.onewindow.protocol.json;
