package nl.vico.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing dataset folders for tests, and finding the shared reference datasets. */
public final class TestData {
    public static final String ACTORS_HEADER = "id,name,type,neighbourhood,formal,newcomer\n";
    public static final String TIES_HEADER = "source,target,kind,weight,directed\n";
    public static final String CONSORTIA_HEADER = "id,name,task,neighbourhood,municipality_role\n";
    public static final String MEMBERS_HEADER = "consortium,actor,role,budget_share\n";
    public static final String NEIGHBOURHOODS_HEADER = "id,name,residents\n";

    private TestData() {
    }

    /** Writes {@code name → content} pairs into {@code dir} (created when missing) and returns it. */
    public static Path folder(Path dir, String... nameContent) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < nameContent.length; i += 2) {
                Files.writeString(dir.resolve(nameContent[i]), nameContent[i + 1], StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the shared reference datasets: {@code vico.reference.dir}, else found by walking up. */
    public static Path referenceDir() {
        String property = System.getProperty("vico.reference.dir");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference not found — set -Dvico.reference.dir");
    }

    /** An integer under {@code "network"} in a reference set's expected.json, e.g. {@code n_actors}. */
    public static int expectedNetworkInt(String dataset, String key) {
        try {
            String json = Files.readString(referenceDir().resolve(dataset).resolve("expected.json"));
            int network = json.indexOf("\"network\"");
            Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(\\d+)").matcher(json);
            if (network < 0 || !m.find(network)) {
                throw new IllegalStateException(key + " not found in the network block of " + dataset + "/expected.json");
            }
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
