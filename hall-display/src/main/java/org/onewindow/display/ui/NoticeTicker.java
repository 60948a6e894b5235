package org.onewindow.display.ui;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The manager's notice, scrolling from right to left at a reading pace. Hidden when there is no
 * notice; restarted only when the text changes, so state updates never make it jump.
 */
final class NoticeTicker extends Pane {

    /** Screen heights per second: slow enough to read from the back of the hall. */
    private static final double SPEED = 0.12;

    private final Label text = new Label();
    private final TranslateTransition scroll = new TranslateTransition();
    private String shown = "";

    NoticeTicker() {
        setId("notice");
        getStyleClass().add("notice");
        text.setId("notice-text");
        text.getStyleClass().add("notice-text");
        text.setMinWidth(Pane.USE_PREF_SIZE);
        getChildren().add(text);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        scroll.setNode(text);
        scroll.setInterpolator(Interpolator.LINEAR);
        scroll.setCycleCount(Animation.INDEFINITE);
        widthProperty().addListener((o, a, b) -> restart());
        setVisible(false);
        setManaged(false);
    }

    void show(String notice) {
        String next = notice == null ? "" : notice.strip();
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        text.setText(next);
        setVisible(!next.isEmpty());
        setManaged(!next.isEmpty());
        restart();
    }

    private void restart() {
        scroll.stop();
        if (shown.isEmpty() || getWidth() <= 0) {
            return;
        }
        text.applyCss();
        double textWidth = text.prefWidth(-1);
        double distance = getWidth() + textWidth;
        double pixelsPerSecond = Math.max(60, getScene() == null ? 120 : getScene().getHeight() * SPEED);
        scroll.setFromX(getWidth());
        scroll.setToX(-textWidth);
        scroll.setDuration(Duration.seconds(distance / pixelsPerSecond));
        scroll.playFromStart();
    }
}
