package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vico.analyzer.findings.Policy;
import org.junit.jupiter.api.Test;

/** docs/policy-default.yaml documents every key with exactly the defaults of {@link Policy#defaults()}. */
class PolicyFilesTest {

    private static Path defaultPolicyFile() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs").resolve("policy-default.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find docs/policy-default.yaml above " + Path.of("").toAbsolutePath());
    }

    @Test
    void defaultPolicyFile_parsesToExactlyTheDefaults_withEveryKey() {
        var values = PolicyFiles.read(defaultPolicyFile());
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(Policy.keys());
        assertThat(Policy.fromMap(values)).isEqualTo(Policy.defaults());
    }

    @Test
    void defaultPolicyFile_explainsEveryKeyInAComment() throws Exception {
        var lines = Files.readAllLines(defaultPolicyFile());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("weight_")) {
                assertThat(lines.get(i - 1)).as("the line above " + line).startsWith("#");
            }
        }
    }
}
