package nl.vico.viz.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic force-directed layout: the same graph and seed always give the same coordinates, on any
 * machine (Java's floating point is strict since 17 and the random numbers come from a seeded
 * {@link SplittableRandom}). GraphStream's own automatic layout runs in a thread for a wall-clock time and
 * is therefore not reproducible; vico computes positions itself and hands them to GraphStream.
 *
 * <p>Method: Fruchterman &amp; Reingold (1991), <i>Graph drawing by force-directed placement</i>, Software —
 * Practice and Experience 21(11): repulsion k²/d between every pair of nodes, attraction d²/k along each
 * edge, displacement limited by a temperature that cools linearly over a fixed number of iterations, plus a
 * weak pull to the centre that keeps trees from sprawling. Each connected component is laid out on its own,
 * turned so its longest axis is horizontal (the pictures are landscape), and the components are packed in
 * rows, largest first; isolated actors end up in a compact grid. Above {@value #EXACT_LIMIT} nodes in a
 * component the repulsion is restricted to nodes within 2k (the grid variant of the same paper).
 *
 * <p>Cost: O(I·(n² + m)) for components up to {@value #EXACT_LIMIT} nodes, about O(I·(n + m)) above, with
 * I = 300 iterations (150 for large components).
 */
final class ForceLayout {
    static final int EXACT_LIMIT = 2100;
    private static final double K = 1.0;
    /** Strength of the pull towards the group centre, per unit of distance. */
    private static final double GROUP_PULL = 0.6;

    private ForceLayout() {
    }

    /** Coordinates {@code {x[], y[]}} in layout units (ideal edge length 1), origin at the top left. */
    static double[][] layout(int n, int[][] neighbours, long seed) {
        return layout(n, neighbours, seed, null);
    }

    /**
     * As {@link #layout(int, int[][], long)}, starting each group near its own spot when {@code groups} (a group
     * number per node, such as the report's communities) is given: the force simulation then refines a layout in
     * which groups are already apart, which shows the group structure of large networks that a random start
     * within a fixed number of iterations would leave tangled.
     */
    static double[][] layout(int n, int[][] neighbours, long seed, int[] groups) {
        double[] x = new double[n];
        double[] y = new double[n];
        if (n == 0) {
            return new double[][] {x, y};
        }
        var random = new SplittableRandom(seed);
        List<int[]> components = components(n, neighbours);
        var boxes = new ArrayList<double[]>(); // per component: width, height
        for (int[] comp : components) {
            placeComponent(comp, neighbours, x, y, random, groups);
            boxes.add(normalise(comp, x, y));
        }
        pack(components, boxes, x, y);
        return new double[][] {x, y};
    }

    /** Connected components, each sorted ascending, largest first (ties: smallest first member). */
    static List<int[]> components(int n, int[][] neighbours) {
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        var result = new ArrayList<int[]>();
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            comp[s] = result.size();
            while (head < tail) {
                int v = queue[head++];
                for (int w : neighbours[v]) {
                    if (comp[w] < 0) {
                        comp[w] = result.size();
                        queue[tail++] = w;
                    }
                }
            }
            int[] members = Arrays.copyOf(queue, tail);
            Arrays.sort(members);
            result.add(members);
        }
        result.sort((a, b) -> a.length != b.length ? Integer.compare(b.length, a.length) : Integer.compare(a[0], b[0]));
        return result;
    }

    private static void placeComponent(int[] comp, int[][] neighbours, double[] x, double[] y, SplittableRandom random,
                                       int[] groups) {
        int nc = comp.length;
        if (nc == 1) {
            x[comp[0]] = 0;
            y[comp[0]] = 0;
            return;
        }
        int[] local = new int[x.length];
        for (int i = 0; i < nc; i++) {
            local[comp[i]] = i;
        }
        // edges of the component in local numbering, each once
        var edges = new ArrayList<int[]>();
        for (int i = 0; i < nc; i++) {
            for (int w : neighbours[comp[i]]) {
                int j = local[w];
                if (j > i) {
                    edges.add(new int[] {i, j});
                }
            }
        }
        double side = Math.sqrt(nc) * K;
        double[] px = new double[nc];
        double[] py = new double[nc];
        boolean seeded = groups != null && startByGroup(comp, groups, px, py, random);
        // with groups, each node is also drawn towards its group's centre, so groups contract and gaps open between them
        int[] group = new int[nc];
        int groupCount = 0;
        if (seeded) {
            var number = new java.util.HashMap<Integer, Integer>();
            for (int i = 0; i < nc; i++) {
                group[i] = number.computeIfAbsent(groups[comp[i]], k -> number.size());
            }
            groupCount = number.size();
        }
        double[] gx = new double[groupCount];
        double[] gy = new double[groupCount];
        int[] gn = new int[groupCount];
        for (int i = 0; i < nc; i++) {
            if (seeded) {
                gn[group[i]]++;
            }
        }
        if (!seeded) {
            for (int i = 0; i < nc; i++) {
                px[i] = random.nextDouble() * side;
                py[i] = random.nextDouble() * side;
            }
        }
        int iterations = nc > EXACT_LIMIT ? 200 : 300;
        double t0 = seeded ? side / 30 : side / 8;
        double[] dx = new double[nc];
        double[] dy = new double[nc];
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            if (nc <= EXACT_LIMIT) {
                repelExact(px, py, dx, dy);
            } else {
                repelGrid(px, py, dx, dy);
            }
            for (int[] e : edges) {
                double ex = px[e[0]] - px[e[1]];
                double ey = py[e[0]] - py[e[1]];
                double d = Math.max(Math.sqrt(ex * ex + ey * ey), 1e-9);
                double f = d / K; // (d²/k) · (e/d)
                dx[e[0]] -= ex * f;
                dy[e[0]] -= ey * f;
                dx[e[1]] += ex * f;
                dy[e[1]] += ey * f;
            }
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < nc; i++) {
                cx += px[i];
                cy += py[i];
            }
            cx /= nc;
            cy /= nc;
            if (seeded) {
                java.util.Arrays.fill(gx, 0);
                java.util.Arrays.fill(gy, 0);
                for (int i = 0; i < nc; i++) {
                    gx[group[i]] += px[i];
                    gy[group[i]] += py[i];
                }
                for (int i = 0; i < nc; i++) {
                    dx[i] -= GROUP_PULL * (px[i] - gx[group[i]] / gn[group[i]]);
                    dy[i] -= GROUP_PULL * (py[i] - gy[group[i]] / gn[group[i]]);
                }
            }
            double temperature = t0 * (1.0 - (double) it / iterations) + 0.002;
            for (int i = 0; i < nc; i++) {
                double fx = dx[i] - 0.08 * (px[i] - cx);
                double fy = dy[i] - 0.08 * (py[i] - cy);
                double len = Math.sqrt(fx * fx + fy * fy);
                if (len > 0) {
                    double step = Math.min(len, temperature) / len;
                    px[i] += fx * step;
                    py[i] += fy * step;
                }
            }
        }
        rotateToMajorAxis(px, py);
        for (int i = 0; i < nc; i++) {
            x[comp[i]] = px[i];
            y[comp[i]] = py[i];
        }
    }

    /**
     * Starts the nodes of each group around their own centre, the group centres on a grid in order of group
     * number; false (nothing placed) when the component has fewer than two groups.
     */
    private static boolean startByGroup(int[] comp, int[] groups, double[] px, double[] py, SplittableRandom random) {
        var members = new java.util.TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < comp.length; i++) {
            members.computeIfAbsent(groups[comp[i]], g -> new ArrayList<>()).add(i);
        }
        if (members.size() < 2) {
            return false;
        }
        int columns = (int) Math.ceil(Math.sqrt(members.size()));
        double spacing = 0;
        for (List<Integer> m : members.values()) {
            spacing = Math.max(spacing, Math.sqrt(m.size()) * K * 1.6);
        }
        int g = 0;
        for (List<Integer> m : members.values()) {
            double cx = (g % columns) * spacing;
            double cy = (g / columns) * spacing;
            double radius = Math.sqrt(m.size()) * K * 0.6;
            for (int i : m) {
                double angle = random.nextDouble() * 2 * Math.PI;
                double r = radius * Math.sqrt(random.nextDouble());
                px[i] = cx + r * Math.cos(angle);
                py[i] = cy + r * Math.sin(angle);
            }
            g++;
        }
        return true;
    }

    private static void repelExact(double[] px, double[] py, double[] dx, double[] dy) {
        int nc = px.length;
        for (int i = 0; i < nc; i++) {
            for (int j = i + 1; j < nc; j++) {
                double ex = px[i] - px[j];
                double ey = py[i] - py[j];
                double d2 = ex * ex + ey * ey;
                if (d2 < 1e-12) {
                    // coincident: push apart along a direction fixed by the indices, not by chance
                    ex = 1e-3 * ((i * 7 + j) % 5 - 2 + 0.5);
                    ey = 1e-3 * ((i * 3 + j) % 7 - 3 + 0.5);
                    d2 = ex * ex + ey * ey;
                }
                double f = K * K / d2; // (k²/d) · (e/d)
                dx[i] += ex * f;
                dy[i] += ey * f;
                dx[j] -= ex * f;
                dy[j] -= ey * f;
            }
        }
    }

    private static void repelGrid(double[] px, double[] py, double[] dx, double[] dy) {
        int nc = px.length;
        double cell = 2 * K;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < nc; i++) {
            minX = Math.min(minX, px[i]);
            minY = Math.min(minY, py[i]);
            maxX = Math.max(maxX, px[i]);
            maxY = Math.max(maxY, py[i]);
        }
        int cols = Math.max(1, (int) ((maxX - minX) / cell) + 1);
        int rows = Math.max(1, (int) ((maxY - minY) / cell) + 1);
        int[] head = new int[cols * rows];
        int[] next = new int[nc];
        Arrays.fill(head, -1);
        int[] cx = new int[nc];
        int[] cy = new int[nc];
        for (int i = nc - 1; i >= 0; i--) {
            cx[i] = Math.min(cols - 1, (int) ((px[i] - minX) / cell));
            cy[i] = Math.min(rows - 1, (int) ((py[i] - minY) / cell));
            int c = cy[i] * cols + cx[i];
            next[i] = head[c];
            head[c] = i;
        }
        double limit2 = cell * cell;
        for (int i = 0; i < nc; i++) {
            for (int gy = Math.max(0, cy[i] - 1); gy <= Math.min(rows - 1, cy[i] + 1); gy++) {
                for (int gx = Math.max(0, cx[i] - 1); gx <= Math.min(cols - 1, cx[i] + 1); gx++) {
                    for (int j = head[gy * cols + gx]; j >= 0; j = next[j]) {
                        if (j <= i) {
                            continue;
                        }
                        double ex = px[i] - px[j];
                        double ey = py[i] - py[j];
                        double d2 = ex * ex + ey * ey;
                        if (d2 > limit2) {
                            continue;
                        }
                        if (d2 < 1e-12) {
                            ex = 1e-3 * ((i * 7 + j) % 5 - 2 + 0.5);
                            ey = 1e-3 * ((i * 3 + j) % 7 - 3 + 0.5);
                            d2 = ex * ex + ey * ey;
                        }
                        double f = K * K / d2;
                        dx[i] += ex * f;
                        dy[i] += ey * f;
                        dx[j] -= ex * f;
                        dy[j] -= ey * f;
                    }
                }
            }
        }
    }

    /** Turns the points about their centroid so the axis of largest spread is horizontal. */
    private static void rotateToMajorAxis(double[] px, double[] py) {
        int n = px.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += px[i];
            my += py[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double ax = px[i] - mx;
            double ay = py[i] - my;
            sxx += ax * ax;
            syy += ay * ay;
            sxy += ax * ay;
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        for (int i = 0; i < n; i++) {
            double ax = px[i] - mx;
            double ay = py[i] - my;
            px[i] = ax * cos - ay * sin;
            py[i] = ax * sin + ay * cos;
        }
    }

    /** Moves the component's bounding box to the origin; returns its width and height. */
    private static double[] normalise(int[] comp, double[] x, double[] y) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int v : comp) {
            minX = Math.min(minX, x[v]);
            minY = Math.min(minY, y[v]);
            maxX = Math.max(maxX, x[v]);
            maxY = Math.max(maxY, y[v]);
        }
        for (int v : comp) {
            x[v] -= minX;
            y[v] -= minY;
        }
        return new double[] {maxX - minX, maxY - minY};
    }

    /** Shelf packing: rows of components, largest first, in a strip about as wide as the whole is tall × 1.5. */
    private static void pack(List<int[]> components, List<double[]> boxes, double[] x, double[] y) {
        double gap = 1.2 * K;
        double area = 0;
        double widest = 0;
        for (double[] b : boxes) {
            area += (b[0] + gap) * (b[1] + gap);
            widest = Math.max(widest, b[0] + gap);
        }
        double stripWidth = Math.max(widest, Math.sqrt(area * 1.5));
        double cursorX = 0;
        double cursorY = 0;
        double rowHeight = 0;
        for (int c = 0; c < components.size(); c++) {
            double[] b = boxes.get(c);
            if (cursorX > 0 && cursorX + b[0] > stripWidth) {
                cursorX = 0;
                cursorY += rowHeight + gap;
                rowHeight = 0;
            }
            for (int v : components.get(c)) {
                x[v] += cursorX;
                y[v] += cursorY;
            }
            cursorX += b[0] + gap;
            rowHeight = Math.max(rowHeight, b[1]);
        }
    }
}
