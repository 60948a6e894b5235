/** Tests that walk the whole server: every operation as every kind of caller, and a day searched for personal data. */
package org.onewindow.server.walk;
