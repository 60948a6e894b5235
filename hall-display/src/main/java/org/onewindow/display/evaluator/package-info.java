/**
 * The rating pad on a window's counter (好差评): a flow without JavaFX that holds what the citizen
 * is choosing and sends the rating, and a view that draws it and forwards touches.
 */
package org.onewindow.display.evaluator;
