package org.onewindow.kiosk.ui;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

import org.onewindow.kiosk.config.KioskConfig;

/**
 * Fits the kiosk to whatever screen it has (docs/adr/0016-kiosk-fits-its-screen.md). Its screens are
 * laid out at a design size of at least 1080×1920 (portrait) or 1920×1080 (landscape), the screen's
 * extra room in one direction given to the layout, and drawn uniformly scaled from the top-left
 * corner so that they fill the screen exactly: nothing is cut off, nothing stretched, no bands.
 */
public final class ScreenFit extends Region {

    /** The design size's short and long sides, in design pixels. */
    static final double SHORT_SIDE = 1080;
    static final double LONG_SIDE = 1920;
    /** A window leaves the laptop's task bar and title bar some room. */
    private static final double WINDOW_WIDTH_SHARE = 0.95;
    private static final double WINDOW_HEIGHT_SHARE = 0.9;

    private final Scale scale = new Scale(1, 1, 0, 0);
    private Parent content;

    public ScreenFit(Parent content) {
        getStyleClass().add("screen-fit");
        show(content);
    }

    /** A scene of this, full screen or in a window on the laptop's {@code screen}, as {@code config} says. */
    public Scene sceneOn(Rectangle2D screen, KioskConfig config) {
        Dimension2D size = config.fullScreen() ? new Dimension2D(screen.getWidth(), screen.getHeight())
                : window(config.landscape(), screen);
        Scene scene = new Scene(this, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(ScreenFit.class.getResource("kiosk.css").toExternalForm());
        return scene;
    }

    /** Shows other content (the kiosk once the hall is loaded) in place of the current. */
    public void show(Parent next) {
        if (content != null) {
            content.getTransforms().remove(scale);
        }
        content = next;
        content.getTransforms().add(scale);
        getChildren().setAll(content);
    }

    @Override
    protected void layoutChildren() {
        double factor = factor(getWidth(), getHeight());
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(0, 0, getWidth() / factor, getHeight() / factor);
    }

    /**
     * Screen pixels per design pixel: the most that keeps the whole design size on the screen. The
     * design size's orientation follows the screen's.
     */
    static double factor(double width, double height) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        boolean landscape = width > height;
        return Math.min(width / (landscape ? LONG_SIDE : SHORT_SIDE), height / (landscape ? SHORT_SIDE : LONG_SIDE));
    }

    /** A window of the kiosk's own shape on a laptop, as large as fits the screen, never larger than the design. */
    static Dimension2D window(boolean landscape, Rectangle2D screen) {
        double width = landscape ? LONG_SIDE : SHORT_SIDE;
        double height = landscape ? SHORT_SIDE : LONG_SIDE;
        double factor = Math.min(1.0, Math.min(screen.getWidth() * WINDOW_WIDTH_SHARE / width,
                screen.getHeight() * WINDOW_HEIGHT_SHARE / height));
        return new Dimension2D(Math.floor(width * factor), Math.floor(height * factor));
    }

    @Override
    protected double computePrefWidth(double height) {
        return SHORT_SIDE;
    }

    @Override
    protected double computePrefHeight(double width) {
        return LONG_SIDE;
    }
}
