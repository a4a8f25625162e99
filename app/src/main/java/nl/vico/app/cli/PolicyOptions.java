package nl.vico.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vico.analyzer.assessment.Criterion;
import nl.vico.analyzer.findings.Policy;
import nl.vico.app.UserInputException;
import nl.vico.model.Codes;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE} and {@code --weight criterion=value}: the thresholds and criterion weights of the
 * findings and scores, the documented defaults (docs/policy-default.yaml) unless overridden. Weights given on
 * the command line win over the file's.
 */
public final class PolicyOptions {
    @Option(names = "--policy", paramLabel = "FILE",
            description = "Thresholds and weights from a policy file (YAML or JSON, flat 'key: number'); "
                    + "keys not given keep their default (see docs/policy-default.yaml).")
    Path file;

    @Option(names = "--weight", paramLabel = "CRITERION=VALUE",
            description = "Weight of a criterion in the overall score (repeatable): diversity, power_balance, "
                    + "bridging, support, role_clarity, scale. Default 1 each; 0 leaves a criterion out.")
    Map<String, String> weights = new LinkedHashMap<>();

    /** The policy: defaults, overridden by the file, overridden by the weights. */
    public Policy policy() {
        var values = new LinkedHashMap<String, Object>();
        if (file != null) {
            values.putAll(PolicyFiles.read(file));
        }
        for (var e : weights.entrySet()) {
            Criterion c = Criterion.parse(e.getKey()).orElseThrow(() -> new UserInputException("--weight "
                    + e.getKey() + "=" + e.getValue() + ": there is no criterion '" + e.getKey() + "'"
                    + Codes.nearest(e.getKey(), Criterion.keys()).map(s -> " — did you mean " + s + "?").orElse("")
                    + " (criteria: " + String.join(", ", Criterion.keys()) + ")"));
            double v;
            try {
                v = Double.parseDouble(e.getValue().strip());
            } catch (NumberFormatException ex) {
                throw new UserInputException("--weight " + e.getKey() + "=" + e.getValue()
                        + ": the weight must be a number, e.g. --weight " + c.key() + "=2");
            }
            values.put(c.weightKey(), v);
        }
        try {
            return Policy.fromMap(values);
        } catch (IllegalArgumentException ex) {
            String where = file == null ? "--weight" : file + (weights.isEmpty() ? "" : " with --weight");
            throw new UserInputException(where + ": " + ex.getMessage());
        }
    }
}
