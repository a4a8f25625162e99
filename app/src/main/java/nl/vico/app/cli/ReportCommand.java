package nl.vico.app.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.app.ExitCodes;
import nl.vico.app.output.Output;
import nl.vico.viz.report.HtmlReport;
import nl.vico.viz.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vico report}: one self-contained HTML report a municipality can circulate. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML report (pictures embedded, no internet needed, printable to PDF):",
            "the network map, who holds power, who bridges, diversity, a card per consortium, the policy and a glossary."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NetworkSource source;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The HTML file to write, e.g. report.html.")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "nl or en (default: nl when the data use the Dutch codes, else en).")
    String lang;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the pictures' layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--show-resident-names", description = "Show residents by name (private persons: by default they are pseudonymised).")
    boolean showResidentNames;

    @Override
    public Integer call() throws IOException {
        var loaded = source.load(spec);
        var network = loaded.network();
        var report = new NetworkAnalyzer(AnalysisOptions.defaults()).analyze(network);
        var options = ReportOptions.defaults().withLocale(Lookups.locale(lang, loaded.dutch()))
                .withDate(LocalDate.now()).withPseudonymiseResidents(!showResidentNames).withSeed(seed);
        var html = new StringWriter();
        new HtmlReport().write(network, report, options, html);
        Output.writeAtomically(out, html.toString().getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getErr().println("vico: wrote " + out);
        return ExitCodes.OK;
    }
}
