package nl.vico.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    /** Undirected adjacency lists (sorted, without duplicates) from edge pairs. */
    private static int[][] graph(int n, int[]... edges) {
        var sets = new ArrayList<TreeSet<Integer>>();
        for (int i = 0; i < n; i++) {
            sets.add(new TreeSet<>());
        }
        for (int[] e : edges) {
            sets.get(e[0]).add(e[1]);
            sets.get(e[1]).add(e[0]);
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return adjacency;
    }

    /** Two 5-cliques {0..4} and {5..9} joined by the bridge 4–5. */
    private static int[][] barbell() {
        var edges = new ArrayList<int[]>();
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add(new int[] {base + i, base + j});
                }
            }
        }
        edges.add(new int[] {4, 5});
        return graph(10, edges.toArray(int[][]::new));
    }

    @Test
    void sameGraphAndSeed_givesTheSameCoordinates_anotherSeedOthers() {
        double[][] a = ForceLayout.layout(10, barbell(), 42);
        double[][] b = ForceLayout.layout(10, barbell(), 42);
        double[][] c = ForceLayout.layout(10, barbell(), 43);

        assertThat(b[0]).isEqualTo(a[0]);
        assertThat(b[1]).isEqualTo(a[1]);
        assertThat(c[0]).isNotEqualTo(a[0]);
    }

    @Test
    void barbell_eachCliqueStaysTogether_apartFromTheOther() {
        double[][] xy = ForceLayout.layout(10, barbell(), 42);

        double within = 0;
        double between = 0;
        int w = 0;
        int b = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                double d = Math.hypot(xy[0][i] - xy[0][j], xy[1][i] - xy[1][j]);
                if ((i < 5) == (j < 5)) {
                    within += d;
                    w++;
                } else {
                    between += d;
                    b++;
                }
            }
        }
        assertThat(between / b).isGreaterThan(1.5 * within / w);
    }

    @Test
    void components_doNotOverlap_andIsolatesArePlacedToo() {
        // a triangle, a path of 4 and three isolated actors
        int[][] g = graph(10, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}, new int[] {3, 4}, new int[] {4, 5},
                new int[] {5, 6});

        double[][] xy = ForceLayout.layout(10, g, 42);

        List<int[]> components = ForceLayout.components(10, g);
        assertThat(components).hasSize(5);
        var boxes = new ArrayList<double[]>();
        for (int[] comp : components) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int v : comp) {
                assertThat(Double.isFinite(xy[0][v]) && Double.isFinite(xy[1][v])).isTrue();
                box[0] = Math.min(box[0], xy[0][v]);
                box[1] = Math.min(box[1], xy[1][v]);
                box[2] = Math.max(box[2], xy[0][v]);
                box[3] = Math.max(box[3], xy[1][v]);
            }
            boxes.add(box);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] p = boxes.get(i);
                double[] q = boxes.get(j);
                boolean overlap = p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
                boolean samePoint = p[0] == q[0] && p[1] == q[1];
                assertThat(overlap || samePoint).as("components %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void noActors_andOneActor_areFine() {
        assertThat(ForceLayout.layout(0, new int[0][], 1)[0]).isEmpty();
        assertThat(ForceLayout.layout(1, new int[][] {{}}, 1)[0]).containsExactly(0.0);
    }
}
