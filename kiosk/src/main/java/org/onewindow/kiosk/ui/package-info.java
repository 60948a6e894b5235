/**
 * The touch screen (JavaFX): renders the flow's screens in Chinese or English, standard or
 * elderly mode (large type, high contrast, spoken prompts), with the idle countdown.
 */
package org.onewindow.kiosk.ui;
