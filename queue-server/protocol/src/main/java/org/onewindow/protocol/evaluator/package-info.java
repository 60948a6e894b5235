/** The window evaluator's side of the rating protocol (好差评), for evaluator devices and their twins. */
package org.onewindow.protocol.evaluator;
