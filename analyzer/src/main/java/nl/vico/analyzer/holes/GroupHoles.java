package nl.vico.analyzer.holes;

import java.util.List;

/**
 * The structural holes between groups found by {@link GroupHolesAnalysis}.
 *
 * @param holes          the most pronounced holes, at most the requested number, emptiest first
 * @param totalHoles     how many pairs of groups met the criterion in all (may exceed {@code holes.size()})
 * @param overallDensity density of the whole undirected network, the yardstick
 */
public record GroupHoles(List<GroupHole> holes, long totalHoles, double overallDensity) {
    public GroupHoles {
        holes = List.copyOf(holes);
    }
}
