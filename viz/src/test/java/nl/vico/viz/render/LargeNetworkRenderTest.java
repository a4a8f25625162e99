package nl.vico.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Collectors;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

/** The upper end of what the map shows actor by actor (2,000), and what happens above it. */
class LargeNetworkRenderTest {

    /**
     * {@code groups} neighbourhood clusters of {@code size} actors (mostly residents, a few organisations),
     * dense inside, sparse between; seeded, so always the same network. The report holds each actor's
     * cluster as {@code community}.
     */
    private static StakeholderNetwork clusters(int groups, int size, AnalysisReport.Builder report) {
        var random = new Random(5);
        var b = StakeholderNetwork.builder("synthetic " + groups * size);
        ActorType[] types = ActorType.values();
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < size; i++) {
                String id = "a" + g + "_" + i;
                ActorType type = i < size * 0.7 ? ActorType.RESIDENT : types[1 + (i + g) % (types.length - 1)];
                b.actor(id, type);
                report.actor(id, "community", g);
            }
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    if (random.nextDouble() < 4.0 / size) {
                        b.tie("a" + g + "_" + i, "a" + g + "_" + j, random.nextBoolean() ? TieKind.TRUSTS : TieKind.COLLABORATES);
                    }
                }
            }
        }
        for (int k = 0; k < groups * 3; k++) {
            int g1 = random.nextInt(groups);
            int g2 = (g1 + 1 + random.nextInt(groups - 1)) % groups;
            b.tie("a" + g1 + "_" + (size - 1 - random.nextInt(size / 4)), "a" + g2 + "_" + (size - 1 - random.nextInt(size / 4)),
                    TieKind.INFORMS);
        }
        return b.build();
    }

    @Test
    void twoThousandActors_areDrawnOneByOne_withAFewLabels() throws Exception {
        var report = AnalysisReport.builder();
        StakeholderNetwork network = clusters(40, 50, report);
        RenderOptions options = RenderOptions.defaults().withDate(NetworkRendererTest.DAY);

        byte[] png = Pictures.png(network, report.build(), options);
        Pictures.keep("synthetic-2000.png", png);
        var doc = NetworkRendererTest.parse(Pictures.svg(network, report.build(), options));

        assertThat(network.size()).isEqualTo(2000);
        assertThat(Pictures.colours(Pictures.decode(png))).isGreaterThan(50);
        assertThat(NetworkRendererTest.actorIds(doc)).hasSize(2000);
        assertThat(NetworkRendererTest.byId(doc, "labels").getChildNodes().getLength()).isLessThanOrEqualTo(2 * 30 + 1);
    }

    @Test
    void aboveTwoThousand_theMapShowsOneNodePerCommunity() throws Exception {
        var report = AnalysisReport.builder();
        StakeholderNetwork network = clusters(41, 50, report);

        byte[] png = Pictures.png(network, report.build(), RenderOptions.defaults().withDate(NetworkRendererTest.DAY));
        Pictures.keep("synthetic-2050-groups.png", png);
        var doc = NetworkRendererTest.parse(Pictures.svg(network, report.build(), RenderOptions.defaults()));

        var groups = NetworkRendererTest.elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("group"))
                .map(g -> g.getAttribute("data-id")).collect(Collectors.toSet());
        assertThat(groups).hasSize(41).contains("c0", "c40");
        assertThat(NetworkRendererTest.actorIds(doc)).isEmpty();
    }
}
