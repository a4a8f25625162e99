package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** {@code vico assess}: one consortium inside its network, with scores and findings; or what-if with members changed. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess one proposed consortium inside its whole network: diversity, power balance, bridging,",
            "support, role clarity and scale, each scored 0-100, with findings and what would fix them.",
            "With --add and --remove: what changes if members join or leave (what-if)."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONSORTIUM", description = "Id of the consortium (from consortia.csv).")
    String consortium;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "Dataset folder (no database started).")
    Path dir;

    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace in the database, instead of DIR.")
    String workspace;

    @Option(names = "--add", paramLabel = "ACTOR",
            description = "What-if: add this actor as a member (repeatable); it joins with budget share 0.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "ACTOR", description = "What-if: remove this member (repeatable).")
    List<String> remove = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    PolicyOptions policy;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        var prepared = ConsortiumCommands.prepare(dir, workspace, consortium, run, policy, neo4j, spec);
        var network = prepared.network();
        var locale = prepared.locale();
        var context = prepared.context();
        ConsortiumCommands.requireActors(network, add, "--add");
        ConsortiumCommands.requireActors(network, remove, "--remove");
        var analysis = new ConsortiumAssessmentAnalysis();
        String text;
        if (add.isEmpty() && remove.isEmpty()) {
            var assessment = analysis.assess(context, consortium);
            text = run.format == ReportFormat.JSON ? AssessmentOutput.json(assessment.asMap(locale))
                    : AssessmentOutput.text(assessment, network, locale);
        } else {
            try {
                ConsortiumAssessmentAnalysis.changedMembers(network, consortium, add, remove);
            } catch (IllegalArgumentException ex) {
                throw new UserInputException(ex.getMessage());
            }
            var change = analysis.whatIf(context, consortium, add, remove);
            text = run.format == ReportFormat.JSON ? AssessmentOutput.json(change.asMap(locale))
                    : AssessmentOutput.text(change, network, locale);
        }
        AssessmentOutput.write(text, run.out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
