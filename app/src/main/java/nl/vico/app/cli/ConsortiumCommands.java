package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.findings.Policy;
import nl.vico.app.UserInputException;
import nl.vico.model.Actor;
import nl.vico.model.Codes;
import nl.vico.model.Consortium;
import nl.vico.model.StakeholderNetwork;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code vico assess}, {@code compare} and {@code recommend} share: the network, the context, checked ids. */
final class ConsortiumCommands {
    private ConsortiumCommands() {
    }

    /** The dataset folder or the workspace, exactly one of them, and whether its files used the Dutch codes. */
    static NetworkSource.Loaded load(Path dir, String workspace, Neo4jOptions neo4j, CommandSpec spec) {
        if (dir != null && workspace != null) {
            throw new UserInputException("give either a dataset folder DIR or --workspace W, not both");
        }
        if (dir == null && workspace == null) {
            throw new UserInputException("give a dataset folder DIR or --workspace W — e.g. examples/kanaalwijk");
        }
        if (dir != null) {
            var dataset = Datasets.read(dir);
            return new NetworkSource.Loaded(dataset.network(), dataset.usesDutchAliases());
        }
        try (var db = Datasets.connect(neo4j, spec)) {
            return AnalyzeCommand.loadWorkspace(db, workspace);
        }
    }

    /** The network a command works on, the language of its texts, and the analysis context over it. */
    record Prepared(StakeholderNetwork network, java.util.Locale locale, AnalysisContext context) {
    }

    /**
     * Loads the folder or workspace, checks the consortium id when one is given (exit 2 with the nearest id),
     * and makes the analysis context with the run's threads and seed and the policy.
     */
    static Prepared prepare(Path dir, String workspace, String consortium, RunOptions run, PolicyOptions policyOptions,
                            Neo4jOptions neo4j, CommandSpec spec) {
        Policy policy = policyOptions.policy();
        var loaded = load(dir, workspace, neo4j, spec);
        var network = loaded.network();
        if (consortium != null) {
            requireConsortium(network, consortium);
        }
        var options = new AnalysisOptions(run.threads(), AnalysisOptions.AUTO, run.seed);
        return new Prepared(network, run.locale(loaded.dutch()), new AnalysisContext(network, options, policy));
    }

    /** Exit 2 with the nearest id when there is no such consortium. */
    static void requireConsortium(StakeholderNetwork network, String id) {
        if (network.consortium(id).isPresent()) {
            return;
        }
        var ids = network.consortia().stream().map(Consortium::id).toList();
        if (ids.isEmpty()) {
            throw new UserInputException("there is no consortium " + id + " in " + network.name()
                    + ": the dataset has no consortia — add them to consortia.csv and members.csv");
        }
        throw new UserInputException("there is no consortium " + id + " in " + network.name()
                + Codes.nearest(id, ids).map(s -> " — did you mean " + s + "?").orElse("")
                + " (consortia: " + String.join(", ", ids) + ")");
    }

    /** Exit 2 with the nearest id for every id that is not an actor. */
    static void requireActors(StakeholderNetwork network, List<String> ids, String option) {
        var all = network.actors().stream().map(Actor::id).toList();
        for (String id : ids) {
            if (network.indexOf(id) < 0) {
                throw new UserInputException(option + " " + id + ": there is no actor " + id + " in " + network.name()
                        + Codes.nearest(id, all).map(s -> " — did you mean " + s + "?").orElse(""));
            }
        }
    }
}
