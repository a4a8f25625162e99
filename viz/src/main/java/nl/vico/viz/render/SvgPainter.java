package nl.vico.viz.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;

/**
 * Writes a {@link Scene} as SVG 1.1: the same positions, sizes, colours, labels, legend and caption as the
 * PNG, drawn in the same order (ties, actors, rings, badges, labels, frame). Each actor is one
 * {@code <g class="actor" data-id="…">} with a tooltip ({@code <title>}); each aggregated group one
 * {@code <g class="group">}. GraphStream's own SVG sink cannot draw a legend or caption and does not follow
 * the style sheet closely, so vico writes the SVG itself from the scene both formats share.
 */
final class SvgPainter {
    private static final String FONTS = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Scene scene;
    private final boolean aggregated;

    private SvgPainter(Scene scene, boolean aggregated) {
        this.scene = scene;
        this.aggregated = aggregated;
    }

    static String paint(Scene scene, boolean aggregated) {
        var p = new SvgPainter(scene, aggregated);
        p.document();
        return p.out.toString();
    }

    private void document() {
        int w = scene.width();
        int h = scene.height();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"")
                .append(FONTS).append("\">\n");
        out.append("<title>").append(esc(scene.title())).append("</title>\n");
        out.append("<desc>").append(esc(String.join("\n", scene.caption()))).append("</desc>\n");
        out.append("<rect width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#ffffff\"/>\n");
        edges();
        nodes();
        rings();
        badges();
        labels();
        frame();
        out.append("</svg>\n");
    }

    private void edges() {
        out.append("<g id=\"ties\" stroke-linecap=\"butt\">\n");
        var nodes = scene.nodes();
        for (Scene.EdgeGlyph e : scene.edges()) {
            Scene.NodeGlyph a = nodes.get(e.source());
            Scene.NodeGlyph b = nodes.get(e.target());
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.sqrt(dx * dx + dy * dy);
            if (len < 1e-9) {
                continue;
            }
            double ux = dx / len;
            double uy = dy / len;
            double x2 = b.x();
            double y2 = b.y();
            String colour = rgb(e.color());
            String opacity = num(e.color().getAlpha() / 255.0);
            if (e.arrow()) {
                double tip = Math.max(0, len - boundary(b, ux, uy));
                double tx = a.x() + ux * tip;
                double ty = a.y() + uy * tip;
                double length = Scene.ARROW_LENGTH * scene.scale();
                double half = Scene.ARROW_HALF_WIDTH * scene.scale();
                double bx = tx - ux * length;
                double by = ty - uy * length;
                x2 = bx;
                y2 = by;
                out.append("<polygon points=\"").append(num(tx)).append(',').append(num(ty)).append(' ')
                        .append(num(bx - uy * half)).append(',').append(num(by + ux * half)).append(' ')
                        .append(num(bx + uy * half)).append(',').append(num(by - ux * half)).append("\" ");
                if (e.dashed()) {
                    out.append("fill=\"none\" stroke=\"").append(colour).append("\" stroke-opacity=\"").append(opacity)
                            .append("\" stroke-width=\"").append(num(e.width())).append("\"/>\n");
                } else {
                    out.append("fill=\"").append(colour).append("\" fill-opacity=\"").append(opacity).append("\"/>\n");
                }
            }
            out.append("<line x1=\"").append(num(a.x())).append("\" y1=\"").append(num(a.y())).append("\" x2=\"")
                    .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-opacity=\"").append(opacity).append("\" stroke-width=\"").append(num(e.width())).append('"');
            if (e.dashed()) {
                out.append(" stroke-dasharray=\"").append(num(3 * e.width())).append(' ').append(num(3 * e.width())).append('"');
            }
            out.append("/>\n");
        }
        out.append("</g>\n");
    }

    /** Distance from a node's centre to its outline in direction (ux, uy). */
    private static double boundary(Scene.NodeGlyph n, double ux, double uy) {
        double half = n.size() / 2 + n.strokeWidth() / 2;
        return switch (n.shape()) {
            case CIRCLE -> half;
            case BOX -> half / Math.max(Math.abs(ux), Math.abs(uy));
            case DIAMOND -> half / (Math.abs(ux) + Math.abs(uy));
        };
    }

    private void nodes() {
        out.append("<g id=\"").append(aggregated ? "groups" : "actors").append("\">\n");
        var list = new ArrayList<>(scene.nodes());
        list.sort(Comparator.comparingInt(Scene.NodeGlyph::layer));
        for (Scene.NodeGlyph n : list) {
            out.append("<g class=\"").append(aggregated ? "group" : "actor").append("\" data-id=\"").append(esc(n.id()))
                    .append("\"><title>").append(esc(n.name())).append("</title>");
            String paint = " fill=\"" + rgb(n.fill()) + "\" fill-opacity=\"" + num(n.fill().getAlpha() / 255.0)
                    + "\" stroke=\"" + rgb(n.stroke()) + "\" stroke-opacity=\"" + num(n.stroke().getAlpha() / 255.0)
                    + "\" stroke-width=\"" + num(n.strokeWidth()) + "\""
                    + (n.dashed() ? " stroke-dasharray=\"" + num(3 * n.strokeWidth()) + " " + num(3 * n.strokeWidth()) + "\"" : "");
            double h = n.size() / 2;
            switch (n.shape()) {
                case CIRCLE -> out.append("<circle cx=\"").append(num(n.x())).append("\" cy=\"").append(num(n.y()))
                        .append("\" r=\"").append(num(h)).append('"').append(paint).append("/>");
                case BOX -> out.append("<rect x=\"").append(num(n.x() - h)).append("\" y=\"").append(num(n.y() - h))
                        .append("\" width=\"").append(num(n.size())).append("\" height=\"").append(num(n.size()))
                        .append("\" rx=\"").append(num(n.size() * 0.15)).append('"').append(paint).append("/>");
                case DIAMOND -> out.append("<polygon points=\"").append(num(n.x())).append(',').append(num(n.y() - h)).append(' ')
                        .append(num(n.x() + h)).append(',').append(num(n.y())).append(' ')
                        .append(num(n.x())).append(',').append(num(n.y() + h)).append(' ')
                        .append(num(n.x() - h)).append(',').append(num(n.y())).append('"').append(paint).append("/>");
            }
            out.append("</g>\n");
        }
        out.append("</g>\n");
    }

    private void rings() {
        out.append("<g id=\"rings\" fill=\"none\">\n");
        var list = new ArrayList<>(scene.nodes());
        list.sort(Comparator.comparingInt(Scene.NodeGlyph::layer));
        for (Scene.NodeGlyph n : list) {
            double r = PngPainter.ringStart(n);
            for (Scene.Ring ring : n.rings()) {
                out.append("<circle cx=\"").append(num(n.x())).append("\" cy=\"").append(num(n.y())).append("\" r=\"")
                        .append(num(r + ring.width() / 2)).append("\" stroke=\"").append(rgb(ring.color()))
                        .append("\" stroke-opacity=\"").append(num(ring.color().getAlpha() / 255.0))
                        .append("\" stroke-width=\"").append(num(ring.width())).append("\"/>\n");
                r += ring.width() + 1;
            }
        }
        out.append("</g>\n");
    }

    private void badges() {
        out.append("<g id=\"badges\">\n");
        for (Scene.NodeGlyph n : scene.nodes()) {
            if (n.flagged()) {
                double[] b = PngPainter.badge(n, scene.scale());
                badge(b[0], b[1], b[2]);
            }
        }
        out.append("</g>\n");
    }

    private void badge(double x, double y, double r) {
        double s = scene.scale();
        out.append("<g class=\"badge\"><circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(rgb(Scene.BADGE)).append("\" stroke=\"#ffffff\" stroke-width=\"")
                .append(num(s)).append("\"/><path d=\"M").append(num(x)).append(' ').append(num(y - r * 0.55)).append('V')
                .append(num(y + r * 0.1)).append("M").append(num(x)).append(' ').append(num(y + r * 0.5)).append('V')
                .append(num(y + r * 0.5)).append("\" stroke=\"#ffffff\" stroke-width=\"").append(num(1.8 * s))
                .append("\" stroke-linecap=\"round\"/></g>\n");
    }

    private void labels() {
        out.append("<g id=\"labels\" fill=\"#111111\" stroke=\"#ffffff\" stroke-opacity=\"0.9\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n");
        for (Scene.Label l : scene.labels()) {
            out.append("<text x=\"").append(num(l.x())).append("\" y=\"").append(num(l.y())).append("\" font-size=\"")
                    .append(num(l.fontSize())).append('"').append(l.bold() ? " font-weight=\"bold\"" : "")
                    .append(" stroke-width=\"").append(num(3.2 * scene.scale())).append('"')
                    .append(l.grey() ? " fill=\"#666666\"" : "").append('>').append(esc(l.text())).append("</text>\n");
        }
        out.append("</g>\n");
    }

    private void frame() {
        double s = scene.scale();
        out.append("<g id=\"frame\">\n");
        text(Scene.MARGIN * s, scene.titleBaseline(), scene.titleFontSize(), true, "#111111", scene.title(), " id=\"title\"");
        text(Scene.MARGIN * s, scene.subtitleBaseline(), Scene.SUBTITLE_FONT * s, false, "#555555", scene.subtitle(), " id=\"subtitle\"");
        double rule = scene.subtitleBaseline() + 10 * s;
        out.append("<line x1=\"").append(num(Scene.MARGIN * s)).append("\" y1=\"").append(num(rule)).append("\" x2=\"")
                .append(num(scene.width() - Scene.MARGIN * s)).append("\" y2=\"").append(num(rule))
                .append("\" stroke=\"#dddddd\" stroke-width=\"").append(num(s)).append("\"/>\n");
        if (scene.emptyNote() != null) {
            out.append("<text x=\"").append(num(scene.plot().getCenterX())).append("\" y=\"").append(num(scene.plot().getCenterY()))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(16 * s)).append("\" fill=\"#777777\">")
                    .append(esc(scene.emptyNote())).append("</text>\n");
        }
        for (int i = 0; i < scene.caption().size(); i++) {
            text(Scene.MARGIN * s, scene.captionBaseline(i), Scene.CAPTION_FONT * s, false, "#444444", scene.caption().get(i),
                    " class=\"caption\"");
        }
        legend();
        out.append("</g>\n");
    }

    private void legend() {
        if (scene.legend().isEmpty()) {
            return;
        }
        double s = scene.scale();
        double shrink = scene.legendShrink();
        var box = scene.legendBox();
        double used = scene.legend().size() * scene.legendRow() + 14 * s;
        out.append("<g id=\"legend\">\n<rect x=\"").append(num(box.x)).append("\" y=\"").append(num(box.y))
                .append("\" width=\"").append(num(box.width)).append("\" height=\"").append(num(used)).append("\" rx=\"")
                .append(num(4 * s)).append("\" fill=\"#f6f6f6\" stroke=\"#dddddd\" stroke-width=\"").append(num(s)).append("\"/>\n");
        double cx = PngPainter.LegendGeometry.glyphCentre(scene);
        double textX = PngPainter.LegendGeometry.textX(scene);
        double glyph = 13 * s * shrink;
        for (int i = 0; i < scene.legend().size(); i++) {
            var item = scene.legend().get(i);
            double baseline = PngPainter.LegendGeometry.baseline(scene, i);
            double cy = baseline - 4.2 * s * shrink;
            double h = glyph / 2;
            switch (item.kind()) {
                case HEADING -> {
                    text(box.x + 10 * s, baseline, Scene.LEGEND_HEADING_FONT * s * shrink, true, "#222222", item.text(), "");
                    continue;
                }
                case TEXT -> {
                    text(textX, baseline, Scene.LEGEND_FONT * s * shrink, false, "#222222", item.text(), "");
                    continue;
                }
                case NOTE -> {
                    text(textX, baseline, Scene.LEGEND_FONT * s * shrink, false, "#555555", item.text(), " font-style=\"italic\"");
                    continue;
                }
                case NODE -> {
                    String paint = " fill=\"" + rgb(item.color()) + "\" fill-opacity=\"" + num(item.color().getAlpha() / 255.0)
                            + "\" stroke=\"#333333\" stroke-width=\"" + num(item.dashed() ? 1.6 * s : s) + "\""
                            + (item.dashed() ? " stroke-dasharray=\"" + num(4.8 * s) + " " + num(4.8 * s) + "\"" : "");
                    switch (item.shape()) {
                        case CIRCLE -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                                .append("\" r=\"").append(num(h)).append('"').append(paint).append("/>\n");
                        case BOX -> out.append("<rect x=\"").append(num(cx - h)).append("\" y=\"").append(num(cy - h))
                                .append("\" width=\"").append(num(glyph)).append("\" height=\"").append(num(glyph))
                                .append("\" rx=\"").append(num(glyph * 0.15)).append('"').append(paint).append("/>\n");
                        case DIAMOND -> out.append("<polygon points=\"").append(num(cx)).append(',').append(num(cy - h)).append(' ')
                                .append(num(cx + h)).append(',').append(num(cy)).append(' ').append(num(cx)).append(',')
                                .append(num(cy + h)).append(' ').append(num(cx - h)).append(',').append(num(cy)).append('"')
                                .append(paint).append("/>\n");
                    }
                }
                case EDGE -> out.append("<line x1=\"").append(num(cx - glyph)).append("\" y1=\"").append(num(cy))
                        .append("\" x2=\"").append(num(cx + glyph)).append("\" y2=\"").append(num(cy)).append("\" stroke=\"")
                        .append(rgb(item.color())).append("\" stroke-width=\"").append(num((item.dashed() ? 2 : 2.4) * s)).append('"')
                        .append(item.dashed() ? " stroke-dasharray=\"" + num(4 * s) + " " + num(3 * s) + "\"" : "").append("/>\n");
                case RING -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                        .append(num(glyph * 0.35)).append("\" fill=\"#bbbbbb\"/><circle cx=\"").append(num(cx)).append("\" cy=\"")
                        .append(num(cy)).append("\" r=\"").append(num(glyph * 0.6)).append("\" fill=\"none\" stroke=\"")
                        .append(rgb(item.color())).append("\" stroke-width=\"").append(num(2.4 * s)).append("\"/>\n");
                case BADGE -> badge(cx, cy, 6 * s);
                default -> {
                }
            }
            text(textX, baseline, Scene.LEGEND_FONT * s * shrink, false, "#222222", item.text(), "");
        }
        out.append("</g>\n");
    }

    private void text(double x, double y, double size, boolean bold, String colour, String text, String extra) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(colour).append('"')
                .append(extra).append('>').append(esc(text)).append("</text>\n");
    }

    private static String rgb(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /** Escapes text for XML; characters XML 1.0 forbids become U+FFFD. */
    static String esc(String s) {
        return nl.vico.viz.Markup.escape(s);
    }
}
