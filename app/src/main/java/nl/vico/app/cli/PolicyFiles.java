package nl.vico.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.vico.app.UserInputException;

/**
 * Reads a policy file: a flat mapping of policy keys to numbers, in JSON ({@code .json}) or YAML (any other
 * name). Comments are allowed in YAML. The values are checked by {@link nl.vico.analyzer.findings.Policy#fromMap}.
 */
final class PolicyFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PolicyFiles() {
    }

    /** Key → value (a number, or text that a later check reads as one) in file order. */
    static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("--policy " + file + ": no such file — give a YAML or JSON policy file, "
                    + "e.g. a copy of docs/policy-default.yaml");
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(file.toFile());
        } catch (JsonProcessingException ex) {
            throw new UserInputException(file + ": not valid " + (json ? "JSON" : "YAML") + " ("
                    + ex.getOriginalMessage() + (ex.getLocation() == null ? "" : " at line " + ex.getLocation().getLineNr())
                    + ") — write one 'key: number' per line");
        } catch (IOException ex) {
            throw new UserInputException("cannot read " + file + " (" + ex.getMessage() + ") — check the path and its permissions");
        }
        var values = new LinkedHashMap<String, Object>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values; // an empty file: the defaults
        }
        if (!root.isObject()) {
            throw new UserInputException(file + ": a policy file is a list of 'key: number' lines, not a "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        var fields = root.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                values.put(e.getKey(), v.doubleValue());
            } else if (v.isTextual()) {
                values.put(e.getKey(), v.textValue());
            } else {
                throw new UserInputException(file + ": policy key " + e.getKey() + " needs a number, got "
                        + (v.isNull() ? "nothing" : v.toString()) + " — write e.g. " + e.getKey() + ": 0.5");
            }
        }
        return values;
    }
}
