package org.onewindow.display;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Sizes all text from the screen's height: the style sheets use em units only, and the root's font
 * size follows the scene. The same layout reads the same from across the hall on a 1920×1080 and a
 * 3840×2160 screen; {@code screen.scale} enlarges it for bigger halls.
 */
final class ScreenScale {

    private ScreenScale() {
    }

    /**
     * @param linesPerScreen how many 1-em lines fit the screen's height at scale 1
     */
    static void bind(Scene scene, Parent root, double linesPerScreen, double scale) {
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                        Math.max(8, scene.getHeight() / linesPerScreen * scale)),
                scene.heightProperty()));
    }
}
