package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.app.output.Output;
import nl.vico.app.output.ReportFormat;
import nl.vico.importer.neo4j.Neo4jStore;
import nl.vico.model.StakeholderNetwork;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vico analyze}: the network analysis of a dataset folder (no database) or of a workspace. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a stakeholder network: who holds power, who bridges, where the cut points are,",
            "and what each consortium is made of. Reads a dataset folder directly (no database started)",
            "or a workspace from the database."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "DIR", description = "Dataset folder to analyse straight from its files.")
        Path dir;

        @Option(names = {"-w", "--workspace"}, paramLabel = "W", required = true, description = "Workspace in the database to analyse.")
        String workspace;
    }

    @Mixin
    RunOptions run;

    @Option(names = "--betweenness-sample", paramLabel = "K",
            description = "Estimate betweenness from K sampled source actors (0 = exact). Default: exact while "
                    + "actors × ties ≤ 100 million (about 4,500 actors at degree 10), else max(1000, 10^8/ties) "
                    + "sampled sources; the output then gives the sample and its error bound.")
    Integer sample;

    @Option(names = "--exact", description = "Exact betweenness whatever the size of the network (same as --betweenness-sample 0).")
    boolean exact;

    @Option(names = "--timings", description = "Print the wall and CPU time of start-up, reading, analysis and output to standard error.")
    boolean showTimings;

    @Mixin
    PolicyOptions policy;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        var timings = Timings.start();
        NetworkSource.Loaded loaded;
        if (source.dir != null) {
            var dataset = Datasets.read(source.dir);
            loaded = new NetworkSource.Loaded(dataset.network(), dataset.usesDutchAliases());
        } else {
            try (var db = Datasets.connect(neo4j, spec)) {
                loaded = loadWorkspace(db, source.workspace);
            }
        }
        var locale = run.locale(loaded.dutch());
        timings.lap("read");
        var report = analyze(loaded.network());
        timings.lap("analysis");
        Output.write(report, loaded.network(), run.format, locale, run.out, spec.commandLine().getOut());
        timings.lap("output");
        timings.print(spec.commandLine().getErr(), showTimings);
        return ExitCodes.OK;
    }

    AnalysisReport analyze(StakeholderNetwork network) {
        int t = run.threads();
        if (sample != null && sample < 0) {
            throw new UserInputException("--betweenness-sample " + sample + " — give 0 (exact) or a positive number of sources");
        }
        if (exact && sample != null && sample != 0) {
            throw new UserInputException("--exact and --betweenness-sample " + sample + " contradict each other — give one of them");
        }
        int k = exact ? 0 : sample == null ? AnalysisOptions.AUTO : sample;
        return new NetworkAnalyzer(new AnalysisOptions(t, k, run.seed), policy.policy()).analyze(network);
    }

    /** The workspace's network, and whether the files imported into it used the Dutch codes. */
    static NetworkSource.Loaded loadWorkspace(nl.vico.app.neo4j.DatabaseConnection db, String workspace) {
        var store = new Neo4jStore(db.driver());
        var network = store.load(workspace)
                .orElseThrow(() -> new UserInputException("there is no workspace " + workspace + " in the "
                        + db.description() + " — list them with 'vico workspaces', or import one with 'vico import DIR'"));
        return new NetworkSource.Loaded(network, store.usesDutchAliases(workspace));
    }
}
