package org.onewindow.kiosk.ui;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Children in rows of equal columns, as many columns as its width holds at {@code minColumnWidth}
 * (at most {@code maxColumns}), so the same screen makes one column on a portrait kiosk and two or
 * four on a landscape one. Each row is as tall as its tallest child, whose text wraps to the
 * column's width; a row is never squeezed below that (a scrolling list around it scrolls instead).
 */
public final class Columns extends Pane {

    private final double minColumnWidth;
    private final int maxColumns;
    private final double gap;

    public Columns(double minColumnWidth, int maxColumns, double gap, Node... children) {
        super(children);
        this.minColumnWidth = minColumnWidth;
        this.maxColumns = maxColumns;
        this.gap = gap;
    }

    /** How many columns {@code width} holds. */
    int columns(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        int fit = (int) Math.floor((inner + gap) / (minColumnWidth + gap));
        return Math.max(1, Math.min(maxColumns, fit));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = getManagedChildren().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + maxColumns * minColumnWidth + (maxColumns - 1) * gap + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        int n = columns(w);
        double columnWidth = columnWidth(w, n);
        List<Node> children = getManagedChildren();
        double height = 0;
        for (int first = 0; first < children.size(); first += n) {
            height += rowHeight(children.subList(first, Math.min(children.size(), first + n)), columnWidth)
                    + (first > 0 ? gap : 0);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        int n = columns(getWidth());
        double columnWidth = columnWidth(getWidth(), n);
        List<Node> children = getManagedChildren();
        double y = snappedTopInset();
        for (int first = 0; first < children.size(); first += n) {
            List<Node> row = children.subList(first, Math.min(children.size(), first + n));
            double height = rowHeight(row, columnWidth);
            for (int i = 0; i < row.size(); i++) {
                row.get(i).resizeRelocate(snapPositionX(snappedLeftInset() + i * (columnWidth + gap)), snapPositionY(y),
                        snapSizeX(columnWidth), snapSizeY(height));
            }
            y += height + gap;
        }
    }

    private double columnWidth(double width, int n) {
        return (width - snappedLeftInset() - snappedRightInset() - (n - 1) * gap) / n;
    }

    private static double rowHeight(List<Node> row, double columnWidth) {
        return row.stream().mapToDouble(n -> Math.max(n.minHeight(columnWidth), n.prefHeight(columnWidth))).max().orElse(0);
    }
}
