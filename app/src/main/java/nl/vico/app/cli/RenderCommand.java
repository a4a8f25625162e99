package nl.vico.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.app.output.Output;
import nl.vico.viz.render.NetworkRenderer;
import nl.vico.viz.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vico render}: a picture of the network, or of one consortium inside it. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw the network as PNG or SVG: actors coloured by type and sized by betweenness, cut points",
            "and the independent broker marked. With --consortium, its members stand out and the rest fades.",
            "The same data and seed give the same picture."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetworkSource source;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "FILE.png or FILE.svg.")
    Path out;

    @Option(names = {"-c", "--consortium"}, paramLabel = "C", description = "Show consortium C inside its network.")
    String consortium;

    @Option(names = "--size-by", paramLabel = "METRIC", description = "Per-actor metric that sizes the actors (default: betweenness), e.g. pagerank, degree.")
    String sizeBy;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "1100", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", paramLabel = "LANG", description = "nl or en (default: nl when the data use the Dutch codes, else en).")
    String lang;

    @Option(names = "--show-resident-names", description = "Show residents by name (they are private persons: by default they appear as 'Resident <id>').")
    boolean showResidentNames;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new UserInputException("--out " + out + " — give a file name ending in .png or .svg");
        }
        var loaded = source.load(spec);
        var network = loaded.network();
        if (consortium != null) {
            ConsortiumCommands.requireConsortium(network, consortium);
        }
        var report = new NetworkAnalyzer(AnalysisOptions.defaults()).analyze(network);
        if (sizeBy != null && report.actors().values().stream().noneMatch(m -> m.get(sizeBy) instanceof Number)) {
            throw new UserInputException("--size-by " + sizeBy + " is not a numeric per-actor metric — use e.g. betweenness, degree, pagerank, strength");
        }
        RenderOptions options;
        try {
            options = RenderOptions.defaults().withSize(width, height).withSeed(seed).withSizeMetric(sizeBy)
                    .withConsortium(consortium).withDate(LocalDate.now()).withLocale(Lookups.locale(lang, loaded.dutch()))
                    .withPseudonymiseResidents(!showResidentNames);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        var renderer = new NetworkRenderer();
        if (name.endsWith(".png")) {
            var bytes = new ByteArrayOutputStream();
            renderer.renderPng(network, report, options, bytes);
            Output.writeAtomically(out, bytes.toByteArray());
        } else {
            var svg = new StringWriter();
            renderer.renderSvg(network, report, options, svg);
            Output.writeAtomically(out, svg.toString().getBytes(StandardCharsets.UTF_8));
        }
        spec.commandLine().getErr().println("vico: wrote " + out);
        return ExitCodes.OK;
    }
}
