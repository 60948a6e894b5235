package org.onewindow.display.board;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The manager's notice, scrolling from right to left at a reading pace. A new notice starts at the
 * left edge, so it can be read at once, and then comes round from the right. Hidden when there is
 * no notice; state updates that bring the same text never make it jump.
 */
final class NoticeTicker extends Pane {

    /** Screen heights per second: slow enough to read from the back of the hall. */
    private static final double SPEED = 0.1;

    private final Label text = new Label();
    private final AnimationTimer scroll;
    private String shown = "";
    private long lastFrame;

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
        scroll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step(now);
            }
        };
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
        text.setTranslateX(0);
        setVisible(!next.isEmpty());
        setManaged(!next.isEmpty());
        lastFrame = 0;
        if (next.isEmpty()) {
            scroll.stop();
        } else {
            scroll.start();
        }
    }

    private void step(long nanos) {
        if (lastFrame != 0 && getScene() != null) {
            double seconds = (nanos - lastFrame) / 1e9;
            double x = text.getTranslateX() - getScene().getHeight() * SPEED * seconds;
            if (x < -text.getWidth()) {
                x = getWidth();
            }
            text.setTranslateX(x);
        }
        lastFrame = nanos;
    }
}
