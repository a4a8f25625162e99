package nl.vico.viz.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels next to their nodes without covering each other: for each candidate in priority order it
 * tries eight spots around the node (right, left, above, below, then the diagonals), then the same eight a
 * little further out, and takes the first
 * that stays inside the plot, overlaps no label placed before and covers no other node; failing that, the
 * first that only covers nodes (the label has a white halo); failing that, the label is left out. Greedy,
 * O(candidates × (labels + nodes)).
 */
final class LabelPlacer {
    /** Text measurement shared by both painters: antialiased, fractional metrics. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private LabelPlacer() {
    }

    record Candidate(int node, String text, float fontSize, boolean bold, boolean grey) {
    }

    static List<Scene.Label> place(List<Candidate> candidates, List<Scene.NodeGlyph> nodes, Rectangle2D.Double plot,
                                   int max) {
        var placed = new ArrayList<Scene.Label>();
        for (Candidate c : candidates) {
            if (placed.size() >= max) {
                break;
            }
            Scene.NodeGlyph node = nodes.get(c.node());
            Font font = new Font(Scene.FONT, c.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(c.fontSize());
            Rectangle2D bounds = font.getStringBounds(c.text(), FRC);
            var metrics = font.getLineMetrics(c.text(), FRC);
            double w = bounds.getWidth();
            double h = metrics.getAscent() + metrics.getDescent();
            // eight spots around the node, then the same eight a little further out
            var spots = new ArrayList<double[]>(16);
            for (double extra : new double[] {0, Math.max(8, h * 0.9)}) {
                double r = node.size() / 2 + 2 + extra;
                double d = r * 0.72;
                spots.add(new double[] {node.x() + r, node.y() - h / 2});
                spots.add(new double[] {node.x() - r - w, node.y() - h / 2});
                spots.add(new double[] {node.x() - w / 2, node.y() - r - h});
                spots.add(new double[] {node.x() - w / 2, node.y() + r});
                spots.add(new double[] {node.x() + d, node.y() - d - h});
                spots.add(new double[] {node.x() + d, node.y() + d});
                spots.add(new double[] {node.x() - d - w, node.y() - d - h});
                spots.add(new double[] {node.x() - d - w, node.y() + d});
            }
            Rectangle2D.Double chosen = null;
            for (int pass = 0; pass < 2 && chosen == null; pass++) {
                for (double[] s : spots) {
                    var box = new Rectangle2D.Double(s[0], s[1], w, h);
                    if (inside(box, plot) && free(box, placed) && (pass == 1 || clearOfNodes(box, nodes, c.node()))) {
                        chosen = box;
                        break;
                    }
                }
            }
            if (chosen != null) {
                placed.add(new Scene.Label(c.text(), chosen.x, chosen.y + metrics.getAscent(), c.fontSize(), c.bold(), c.grey(), chosen));
            }
        }
        return placed;
    }

    private static boolean inside(Rectangle2D.Double box, Rectangle2D.Double plot) {
        return box.x >= plot.x - 4 && box.y >= plot.y - 4 && box.getMaxX() <= plot.getMaxX() + 4
                && box.getMaxY() <= plot.getMaxY() + 4;
    }

    private static boolean free(Rectangle2D.Double box, List<Scene.Label> placed) {
        for (Scene.Label l : placed) {
            if (grow(l.box(), 2).intersects(box)) {
                return false;
            }
        }
        return true;
    }

    private static boolean clearOfNodes(Rectangle2D.Double box, List<Scene.NodeGlyph> nodes, int own) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i == own) {
                continue;
            }
            var n = nodes.get(i);
            double half = n.size() / 2;
            if (box.intersects(n.x() - half, n.y() - half, n.size(), n.size())) {
                return false;
            }
        }
        return true;
    }

    private static Rectangle2D.Double grow(Rectangle2D.Double r, double by) {
        return new Rectangle2D.Double(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
    }
}
