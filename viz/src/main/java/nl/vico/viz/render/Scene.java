package nl.vico.viz.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Everything a picture shows, in pixels, decided once so the PNG and the SVG of the same input are the
 * same picture: positions, sizes and colours of the nodes, the edges, the placed labels, the legend, the
 * title and the caption. Painters only draw it.
 */
record Scene(int width, int height, double scale, Rectangle2D.Double plot, Rectangle2D.Double legendBox, String title,
             String subtitle, List<String> caption, List<NodeGlyph> nodes, List<EdgeGlyph> edges, List<Label> labels,
             List<LegendItem> legend, String emptyNote) {

    enum Shape { CIRCLE, BOX, DIAMOND }

    /**
     * One actor (or, aggregated, one group).
     *
     * @param id      actor id (or group key); written into the SVG
     * @param name    display name, for the SVG tooltip
     * @param size    diameter (circle) or side (box, diamond) in pixels
     * @param dashed  outline dashed (newcomer)
     * @param rings   coloured rings drawn around the node, innermost first
     * @param flagged marked with a badge (named in a finding)
     * @param layer   drawing order: faded 0, normal 1, highlighted 2
     */
    record NodeGlyph(String id, String name, double x, double y, double size, Color fill, Shape shape, boolean dashed,
                     Color stroke, double strokeWidth, List<Ring> rings, boolean flagged, int layer) {
        NodeGlyph {
            rings = List.copyOf(rings);
        }
    }

    record Ring(Color color, double width) {
    }

    /** A tie (or, aggregated, the ties between two groups); {@code arrow} points at {@code target}. */
    record EdgeGlyph(int source, int target, Color color, double width, boolean dashed, boolean arrow, int layer) {
    }

    /** A label with its box; {@code x, y} is the left end of the text's baseline; grey labels belong to faded actors. */
    record Label(String text, double x, double y, float fontSize, boolean bold, boolean grey, Rectangle2D.Double box) {
    }

    /** TEXT continues the text of the row above (a wrapped entry). */
    enum LegendKind { HEADING, NODE, EDGE, RING, BADGE, NOTE, TEXT }

    record LegendItem(LegendKind kind, String text, Color color, Shape shape, boolean dashed) {
        static LegendItem heading(String text) {
            return new LegendItem(LegendKind.HEADING, text, null, null, false);
        }

        static LegendItem note(String text) {
            return new LegendItem(LegendKind.NOTE, text, null, null, false);
        }
    }

    /** Font sizes (before scaling) of title, subtitle, caption, legend heading and legend entry. */
    static final double TITLE_FONT = 26;
    static final double SUBTITLE_FONT = 15;
    static final double CAPTION_FONT = 12;
    static final double LEGEND_HEADING_FONT = 13;
    static final double LEGEND_FONT = 12;
    static final double CAPTION_LINE = 17;
    static final double LEGEND_ROW = 21;
    static final double MARGIN = 22;

    /** The title's font size: the normal size, made smaller until the title fits the width. */
    double titleFontSize() {
        double size = TITLE_FONT * scale;
        double max = width - 2 * MARGIN * scale;
        while (size > 12 && new java.awt.Font(FONT, java.awt.Font.BOLD, 1).deriveFont((float) size)
                .getStringBounds(title, LabelPlacer.FRC).getWidth() > max) {
            size -= 1;
        }
        return size;
    }

    /** Baseline of the title, subtitle and of caption line {@code i}. */
    double titleBaseline() {
        return (MARGIN + TITLE_FONT) * scale;
    }

    double subtitleBaseline() {
        return titleBaseline() + (SUBTITLE_FONT + 10) * scale;
    }

    double captionBaseline(int line) {
        return height - MARGIN * 0.6 * scale - (caption.size() - 1 - line) * CAPTION_LINE * scale - 4 * scale;
    }

    /** Row height of the legend, smaller when the entries would not fit the panel. */
    double legendRow() {
        double wanted = LEGEND_ROW * scale;
        double available = legendBox.height - 16 * scale;
        return legend.isEmpty() ? wanted : Math.min(wanted, available / legend.size());
    }

    /** Legend font scale relative to the normal size (1 unless rows had to shrink). */
    double legendShrink() {
        return legendRow() / (LEGEND_ROW * scale);
    }

    /** Arrow head length and half width in pixels. */
    static final double ARROW_LENGTH = 9;
    static final double ARROW_HALF_WIDTH = 3.5;
    static final Color BADGE = new Color(0xEE7733);
    static final Color CUT_POINT = new Color(0xCC3311);
    static final Color MEMBER = new Color(0x111111);
    static final String FONT = "SansSerif";
}
