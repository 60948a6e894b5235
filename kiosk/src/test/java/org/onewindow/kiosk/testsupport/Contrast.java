package org.onewindow.kiosk.testsupport;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Contrast of the texts on screen as the style sheet colours them (WCAG 2 relative luminance):
 * each visible label's text fill against the nearest background painted behind it.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The WCAG contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Every visible, enabled text under {@code root} below {@code minimum}, as "text: ratio (fill on background)". */
    public static List<String> below(Parent root, double minimum) {
        List<String> low = new ArrayList<>();
        collect(root, minimum, low);
        return low;
    }

    private static void collect(Node node, double minimum, List<String> low) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getTextFill() instanceof Color fill) {
            Color behind = background(l);
            double r = ratio(fill, behind);
            if (r < minimum) {
                low.add("\"%s\" %s: %.2f (%s on %s)".formatted(l.getText(), l.getStyleClass(), r, fill, behind));
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, minimum, low));
        }
    }

    /** The topmost opaque fill of the node or its nearest painted ancestor. */
    static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background bg = r.getBackground();
                if (bg != null) {
                    List<BackgroundFill> fills = bg.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.5) {
                            return c;
                        }
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
