package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vico.analyzer.assessment.recommend.RecommendationAnalysis;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.app.output.AssessmentOutput;
import nl.vico.app.output.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vico recommend}: the non-members whose joining would close most of a consortium's gaps. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Recommend who to add to a consortium: every actor who is not a member, ranked by how much",
            "adding it (with no budget share) would close the consortium's gaps, with the before and after",
            "of each score and finding for the best K, and why."})
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONSORTIUM", description = "Id of the consortium (from consortia.csv).")
    String consortium;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "Dataset folder (no database started).")
    Path dir;

    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace in the database, instead of DIR.")
    String workspace;

    @Option(names = {"-k", "--top"}, paramLabel = "K", defaultValue = "5",
            description = "How many recommendations to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    RunOptions run;

    @Mixin
    PolicyOptions policy;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UserInputException("--top " + top + " — give 1 or more");
        }
        var prepared = ConsortiumCommands.prepare(dir, workspace, consortium, run, policy, neo4j, spec);
        var network = prepared.network();
        var locale = prepared.locale();
        var context = prepared.context();
        var recommendations = new RecommendationAnalysis().recommend(context, consortium, top);
        String text = run.format == ReportFormat.JSON ? AssessmentOutput.json(recommendations.asMap(locale))
                : AssessmentOutput.text(recommendations, network, locale);
        AssessmentOutput.write(text, run.out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
