/** Calls spoken aloud in Mandarin: a chime, then the phrase, one announcement after another. */
package org.onewindow.display.voice;
