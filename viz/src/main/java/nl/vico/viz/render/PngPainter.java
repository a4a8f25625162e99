package nl.vico.viz.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.swing.SwingGraphRenderer;

/**
 * Paints a {@link Scene} to an image. The network itself — nodes with their type colour, size, shape and
 * outline, ties with their kind's colour, dash and arrow — is drawn by GraphStream's Swing renderer
 * ({@link SwingGraphRenderer}) from a {@link GraphicGraph} whose nodes sit at the scene's pixel positions
 * and whose looks come from a generated GraphStream style sheet. GraphStream has no legend, title or label
 * placement, so the frame is composed with Java2D on the same image: rings around cut points and members,
 * finding badges, collision-free labels with a white halo, the title, the caption and the legend.
 *
 * <p>The camera is set so one graph unit is one pixel (graph viewport = the image, y axis flipped), so
 * GraphStream draws exactly where the scene says, and the SVG painter, which draws the same scene itself,
 * gives the same picture. Nothing depends on a display: no window is opened, only an image is drawn.
 */
final class PngPainter {
    private PngPainter() {
    }

    static BufferedImage paint(Scene scene) {
        var image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scene.width(), scene.height());
            if (!scene.nodes().isEmpty()) {
                graph(g, scene);
                hints(g);
                rings(g, scene);
                badges(g, scene);
                labels(g, scene);
            }
            frame(g, scene);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    // ------------------------------------------------------------------ GraphStream

    private static void graph(Graphics2D g, Scene scene) {
        var gg = new GraphicGraph("vico");
        var css = new StringBuilder("graph { fill-color: #FFFFFF00; padding: 0px; }\n"
                + "node { size-mode: dyn-size; fill-mode: dyn-plain; text-mode: hidden; }\n"
                + "edge { text-mode: hidden; arrow-shape: arrow; arrow-size: " + px(Scene.ARROW_LENGTH * scene.scale()) + ", "
                + px(Scene.ARROW_HALF_WIDTH * scene.scale()) + "; }\n");
        List<Scene.NodeGlyph> nodes = scene.nodes();
        // GraphStream keeps the style groups of one z-index in a HashSet, whose order changes from run to run;
        // so every class gets a z-index of its own (-127..128), edges first in the scene's drawing order, then nodes
        Map<String, String> edgeClasses = new LinkedHashMap<>();
        Map<String, String> nodeClasses = new LinkedHashMap<>();
        for (Scene.EdgeGlyph e : scene.edges()) {
            edgeClasses.computeIfAbsent(edgeRule(e), r -> "e" + edgeClasses.size());
        }
        var byLayer = new ArrayList<>(nodes);
        byLayer.sort(Comparator.comparingInt(Scene.NodeGlyph::layer));
        for (Scene.NodeGlyph n : byLayer) {
            nodeClasses.computeIfAbsent(nodeRuleOf(n), r -> "n" + nodeClasses.size());
        }
        if (edgeClasses.size() + nodeClasses.size() > 255) {
            throw new IllegalStateException("too many distinct looks (" + (edgeClasses.size() + nodeClasses.size())
                    + ") for GraphStream's 256 drawing levels — round widths and colours in the scene");
        }
        int z = -127;
        for (var e : edgeClasses.entrySet()) {
            css.append("edge.").append(e.getValue()).append(" { ").append(e.getKey()).append(" z-index: ").append(z++).append("; }\n");
        }
        for (var e : nodeClasses.entrySet()) {
            css.append("node.").append(e.getValue()).append(" { ").append(e.getKey()).append(" z-index: ").append(z++).append("; }\n");
        }
        gg.setAttribute("ui.stylesheet", css.toString());
        gg.setAttribute("ui.antialias");
        gg.setAttribute("ui.quality");

        for (int i = 0; i < nodes.size(); i++) {
            Scene.NodeGlyph n = nodes.get(i);
            var node = gg.addNode("n" + i);
            node.setAttribute("xyz", n.x(), -n.y(), 0.0);
            node.setAttribute("ui.size", n.size());
            node.setAttribute("ui.color", n.fill());
            node.setAttribute("ui.class", nodeClasses.get(nodeRuleOf(n)));
        }
        int e = 0;
        for (Scene.EdgeGlyph glyph : scene.edges()) {
            var edge = gg.addEdge("e" + e++, "n" + glyph.source(), "n" + glyph.target(), glyph.arrow());
            edge.setAttribute("ui.class", edgeClasses.get(edgeRule(glyph)));
        }
        var renderer = new SwingGraphRenderer();
        renderer.open(gg, null);
        try {
            var camera = renderer.getCamera();
            camera.setGraphViewport(0, -scene.height(), scene.width(), 0);
            camera.setViewCenter(scene.width() / 2.0, -scene.height() / 2.0, 0);
            renderer.render(g, 0, 0, scene.width(), scene.height());
        } finally {
            renderer.close();
        }
    }

    private static String nodeRuleOf(Scene.NodeGlyph n) {
        return "shape: " + gsShape(n.shape()) + "; stroke-mode: " + (n.dashed() ? "dashes" : "plain")
                + "; stroke-color: " + hex(n.stroke()) + "; stroke-width: " + px(n.strokeWidth()) + ";";
    }

    private static String edgeRule(Scene.EdgeGlyph e) {
        String look = e.dashed()
                ? "fill-mode: none; size: 0px; stroke-mode: dashes; stroke-color: " + hex(e.color()) + "; stroke-width: " + px(e.width()) + ";"
                : "fill-mode: plain; fill-color: " + hex(e.color()) + "; size: " + px(e.width()) + "; stroke-mode: none;";
        return look;
    }

    private static String gsShape(Scene.Shape shape) {
        return switch (shape) {
            case CIRCLE -> "circle";
            case BOX -> "rounded-box";
            case DIAMOND -> "diamond";
        };
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.2fpx", v);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha());
    }

    // ------------------------------------------------------------------ Java2D on top

    private static void rings(Graphics2D g, Scene scene) {
        for (Scene.NodeGlyph n : byLayer(scene)) {
            double r = ringStart(n);
            for (Scene.Ring ring : n.rings()) {
                g.setColor(ring.color());
                g.setStroke(new BasicStroke((float) ring.width()));
                g.draw(new Ellipse2D.Double(n.x() - r - ring.width() / 2, n.y() - r - ring.width() / 2,
                        2 * r + ring.width(), 2 * r + ring.width()));
                r += ring.width() + 1;
            }
        }
    }

    /** Inner radius of the first ring: clear of the node's outline whatever its shape. */
    static double ringStart(Scene.NodeGlyph n) {
        double half = n.size() / 2;
        return (n.shape() == Scene.Shape.BOX ? half * 1.25 : half) + n.strokeWidth() / 2 + 1.5;
    }

    private static List<Scene.NodeGlyph> byLayer(Scene scene) {
        var list = new ArrayList<>(scene.nodes());
        list.sort(Comparator.comparingInt(Scene.NodeGlyph::layer));
        return list;
    }

    private static void badges(Graphics2D g, Scene scene) {
        for (Scene.NodeGlyph n : scene.nodes()) {
            if (n.flagged()) {
                double[] b = badge(n, scene.scale());
                badge(g, b[0], b[1], b[2], scene.scale());
            }
        }
    }

    /** An orange disc with a white exclamation mark. */
    private static void badge(Graphics2D g, double x, double y, double r, double s) {
        g.setColor(Scene.BADGE);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) s));
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke((float) (1.8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, y - r * 0.55, x, y + r * 0.1));
        g.draw(new Line2D.Double(x, y + r * 0.5, x, y + r * 0.5));
    }

    /** Badge centre x, y and radius: on the node's upper right. */
    static double[] badge(Scene.NodeGlyph n, double scale) {
        double r = 6 * scale;
        double off = n.size() / 2 * 0.8 + r * 0.3;
        return new double[] {n.x() + off, n.y() - off, r};
    }

    private static void labels(Graphics2D g, Scene scene) {
        for (Scene.Label l : scene.labels()) {
            Font font = font(l.bold(), l.fontSize());
            var layout = new TextLayout(l.text(), font, g.getFontRenderContext());
            Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(l.x(), l.y()));
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke((float) (3.2 * scene.scale()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(l.grey() ? new Color(0x666666) : new Color(0x111111));
            g.fill(outline);
        }
    }

    private static Font font(boolean bold, double size) {
        return new Font(Scene.FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private static void frame(Graphics2D g, Scene scene) {
        double s = scene.scale();
        g.setColor(new Color(0x111111));
        g.setFont(font(true, scene.titleFontSize()));
        g.drawString(scene.title(), (float) (Scene.MARGIN * s), (float) scene.titleBaseline());
        g.setColor(new Color(0x555555));
        g.setFont(font(false, Scene.SUBTITLE_FONT * s));
        g.drawString(scene.subtitle(), (float) (Scene.MARGIN * s), (float) scene.subtitleBaseline());
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke((float) s));
        double rule = scene.subtitleBaseline() + 10 * s;
        g.draw(new Line2D.Double(Scene.MARGIN * s, rule, scene.width() - Scene.MARGIN * s, rule));
        if (scene.emptyNote() != null) {
            g.setColor(new Color(0x777777));
            g.setFont(font(false, 16 * s));
            var b = g.getFont().getStringBounds(scene.emptyNote(), g.getFontRenderContext());
            g.drawString(scene.emptyNote(), (float) (scene.plot().getCenterX() - b.getWidth() / 2), (float) scene.plot().getCenterY());
        }
        g.setColor(new Color(0x444444));
        g.setFont(font(false, Scene.CAPTION_FONT * s));
        for (int i = 0; i < scene.caption().size(); i++) {
            g.drawString(scene.caption().get(i), (float) (Scene.MARGIN * s), (float) scene.captionBaseline(i));
        }
        legend(g, scene);
    }

    private static void legend(Graphics2D g, Scene scene) {
        if (scene.legend().isEmpty()) {
            return;
        }
        var box = scene.legendBox();
        double s = scene.scale();
        double row = scene.legendRow();
        double shrink = scene.legendShrink();
        double used = scene.legend().size() * row + 14 * s;
        g.setColor(new Color(0xF6F6F6));
        g.fill(new RoundRectangle2D.Double(box.x, box.y, box.width, used, 8 * s, 8 * s));
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke((float) s));
        g.draw(new RoundRectangle2D.Double(box.x, box.y, box.width, used, 8 * s, 8 * s));
        for (int i = 0; i < scene.legend().size(); i++) {
            var item = scene.legend().get(i);
            double baseline = LegendGeometry.baseline(scene, i);
            double cx = LegendGeometry.glyphCentre(scene);
            double cy = baseline - 4.2 * s * shrink;
            double glyph = 13 * s * shrink;
            switch (item.kind()) {
                case HEADING -> {
                    g.setColor(new Color(0x222222));
                    g.setFont(font(true, Scene.LEGEND_HEADING_FONT * s * shrink));
                    g.drawString(item.text(), (float) (box.x + 10 * s), (float) baseline);
                    continue;
                }
                case TEXT -> {
                    g.setColor(new Color(0x222222));
                    g.setFont(font(false, Scene.LEGEND_FONT * s * shrink));
                    g.drawString(item.text(), (float) LegendGeometry.textX(scene), (float) baseline);
                    continue;
                }
                case NOTE -> {
                    g.setColor(new Color(0x555555));
                    g.setFont(font(false, Scene.LEGEND_FONT * s * shrink).deriveFont(Font.ITALIC));
                    g.drawString(item.text(), (float) LegendGeometry.textX(scene), (float) baseline);
                    continue;
                }
                case NODE -> {
                    Shape shape = LegendGeometry.shape(item.shape(), cx, cy, glyph);
                    g.setColor(item.color());
                    g.fill(shape);
                    g.setColor(new Color(0x333333));
                    g.setStroke(item.dashed()
                            ? new BasicStroke((float) (1.6 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10,
                            new float[] {(float) (3 * 1.6 * s), (float) (3 * 1.6 * s)}, 0)
                            : new BasicStroke((float) s));
                    g.draw(shape);
                }
                case EDGE -> {
                    g.setColor(item.color());
                    g.setStroke(item.dashed()
                            ? new BasicStroke((float) (2 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10,
                            new float[] {(float) (4 * s), (float) (3 * s)}, 0)
                            : new BasicStroke((float) (2.4 * s)));
                    g.draw(new Line2D.Double(cx - glyph, cy, cx + glyph, cy));
                }
                case RING -> {
                    g.setColor(new Color(0xBBBBBB));
                    g.fill(new Ellipse2D.Double(cx - glyph * 0.35, cy - glyph * 0.35, glyph * 0.7, glyph * 0.7));
                    g.setColor(item.color());
                    g.setStroke(new BasicStroke((float) (2.4 * s)));
                    g.draw(new Ellipse2D.Double(cx - glyph * 0.6, cy - glyph * 0.6, glyph * 1.2, glyph * 1.2));
                }
                case BADGE -> badge(g, cx, cy, 6 * s, s);
                default -> {
                }
            }
            g.setColor(new Color(0x222222));
            g.setFont(font(false, Scene.LEGEND_FONT * s * shrink));
            g.drawString(item.text(), (float) LegendGeometry.textX(scene), (float) baseline);
        }
    }

    /** Where legend rows and glyphs go; shared with the SVG painter. */
    static final class LegendGeometry {
        private LegendGeometry() {
        }

        static double baseline(Scene scene, int row) {
            double s = scene.scale();
            return scene.legendBox().y + 8 * s + (row + 1) * scene.legendRow() - 5 * s * scene.legendShrink();
        }

        static double glyphCentre(Scene scene) {
            return scene.legendBox().x + 26 * scene.scale();
        }

        static double textX(Scene scene) {
            return scene.legendBox().x + 46 * scene.scale();
        }

        static Shape shape(Scene.Shape shape, double cx, double cy, double size) {
            double h = size / 2;
            return switch (shape) {
                case CIRCLE -> new Ellipse2D.Double(cx - h, cy - h, size, size);
                case BOX -> new RoundRectangle2D.Double(cx - h, cy - h, size, size, size * 0.3, size * 0.3);
                case DIAMOND -> {
                    var p = new Path2D.Double();
                    p.moveTo(cx, cy - h);
                    p.lineTo(cx + h, cy);
                    p.lineTo(cx, cy + h);
                    p.lineTo(cx - h, cy);
                    p.closePath();
                    yield p;
                }
            };
        }
    }
}
