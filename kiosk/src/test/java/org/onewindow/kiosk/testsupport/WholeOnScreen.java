package org.onewindow.kiosk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * What a citizen would find missing on a screen, read from the laid-out scene: a node that reaches
 * outside the scene or outside the node that holds it, a text cut short with "…", boxes laid side
 * by side that run into each other, a list that scrolls sideways. A scrolling list's rows may lie
 * beyond its viewport (they scroll into view); the list itself must not.
 */
public final class WholeOnScreen {

    /** Layout rounds to whole pixels: a pixel over is not a citizen's problem. */
    private static final double SLACK = 1.0;

    private WholeOnScreen() {
    }

    /** Every fault found, one sentence each; empty when the whole screen shows. Call on the FX thread. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), "the scene", found);
        return found;
    }

    /** The scrolling lists on screen whose rows do not all show at once. */
    public static List<String> scrolling(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().lookupAll(".scroll-pane").forEach(n -> {
            ScrollPane pane = (ScrollPane) n;
            if (n.isVisible() && pane.getContent() != null
                    && pane.getContent().getLayoutBounds().getHeight() > pane.getViewportBounds().getHeight() + SLACK) {
                found.add(describe(pane) + " scrolls: " + (int) pane.getContent().getLayoutBounds().getHeight()
                        + " px of rows in " + (int) pane.getViewportBounds().getHeight());
            }
        });
        return found;
    }

    private static void visit(Node node, Bounds room, String roomName, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        Bounds at = node.localToScene(node.getLayoutBounds());
        // Nothing drawn (an empty label's text) cannot be cut off.
        if (at.getWidth() > 0 && at.getHeight() > 0 && !inside(at, room)) {
            found.add(describe(node) + " at " + show(at) + " reaches outside " + roomName + " " + show(room));
        }
        if (node instanceof Labeled labeled) {
            cutShort(labeled, found);
        }
        if (node instanceof ScrollPane pane) {
            inScrollPane(pane, found);
            return;
        }
        if (node instanceof TextInputControl || node instanceof ProgressIndicator || !(node instanceof Parent parent)) {
            return;
        }
        List<Node> shown = parent.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        if (laysOutSideBySide(parent)) {
            overlaps(shown.stream().filter(Node::isManaged).toList(), found);
        }
        for (Node child : shown) {
            visit(child, at, describe(node), found);
        }
    }

    private static void inScrollPane(ScrollPane pane, List<String> found) {
        Node content = pane.getContent();
        if (content == null || !content.isVisible()) {
            return;
        }
        if (content.getLayoutBounds().getWidth() > pane.getViewportBounds().getWidth() + SLACK) {
            found.add(describe(pane) + " scrolls sideways: " + (int) content.getLayoutBounds().getWidth() + " px in "
                    + (int) pane.getViewportBounds().getWidth());
        }
        visit(content, content.localToScene(content.getLayoutBounds()), "its scrolling list", found);
    }

    /** The text drawn is the label's whole text, not an elided one. */
    private static void cutShort(Labeled labeled, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && !drawn.getText().equals(full)
                    && !(labeled.isMnemonicParsing() && drawn.getText().equals(full.replaceFirst("_", "")))) {
                found.add(describe(labeled) + " is cut short: shows \"" + drawn.getText() + "\"");
            }
        }
    }

    private static void overlaps(List<Node> siblings, List<String> found) {
        for (int i = 0; i < siblings.size(); i++) {
            Bounds a = box(siblings.get(i));
            for (int j = i + 1; j < siblings.size(); j++) {
                Bounds b = box(siblings.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > SLACK && h > SLACK) {
                    found.add(describe(siblings.get(i)) + " and " + describe(siblings.get(j)) + " overlap");
                }
            }
        }
    }

    /** Where the node was laid out: its box without the shadows drawn around it. */
    private static Bounds box(Node node) {
        return node.localToParent(node.getLayoutBounds());
    }

    private static boolean laysOutSideBySide(Parent parent) {
        return parent instanceof VBox || parent instanceof HBox || parent instanceof GridPane
                || parent instanceof FlowPane || parent instanceof TilePane || parent instanceof BorderPane;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMinY() >= outer.getMinY() - SLACK
                && inner.getMaxX() <= outer.getMaxX() + SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        node.getStyleClass().forEach(c -> s.append('.').append(c));
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            s.append(" \"").append(l.getText().replace('\n', ' ')).append('"');
        }
        return s.toString();
    }

    private static String show(Bounds b) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0f×%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
