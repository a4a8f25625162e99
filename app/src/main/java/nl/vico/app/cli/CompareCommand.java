package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vico.analyzer.assessment.ConsortiumAssessmentAnalysis;
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

/** {@code vico compare}: every proposal (or those for one task) side by side, ranked, with what decides each pair. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the proposed consortia side by side: scores per criterion, findings, a ranking,",
            "and for each pair the differences that decide it, in plain words."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Dataset folder (no database started).")
    Path dir;

    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace in the database, instead of DIR.")
    String workspace;

    @Option(names = {"-t", "--task"}, paramLabel = "T", description = "Only the proposals for this task (default: all).")
    String task;

    @Mixin
    RunOptions run;

    @Mixin
    PolicyOptions policy;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        var prepared = ConsortiumCommands.prepare(dir, workspace, null, run, policy, neo4j, spec);
        var network = prepared.network();
        var locale = prepared.locale();
        var context = prepared.context();
        nl.vico.analyzer.assessment.ConsortiumComparison comparison;
        try {
            comparison = new ConsortiumAssessmentAnalysis().compare(context, task);
        } catch (IllegalArgumentException ex) {
            throw new UserInputException("--task: " + ex.getMessage());
        }
        String text = run.format == ReportFormat.JSON ? AssessmentOutput.json(comparison.asMap(locale))
                : AssessmentOutput.text(comparison, network, locale);
        AssessmentOutput.write(text, run.out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
