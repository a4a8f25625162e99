package nl.vico.analyzer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;

/**
 * Test-only access to ../shared/reference: a tiny CSV reader for the dataset format (the importer is no
 * dependency of the analyzer) and the independent expected values.
 */
public final class ReferenceData {
    public static final List<String> DATASETS = List.of("florentine_families", "karate_club", "les_miserables");

    private ReferenceData() {
    }

    /** The reference folder: the surefire property {@code vico.reference.dir}, else found walking up from the working dir. */
    public static Path root() {
        String property = System.getProperty("vico.reference.dir");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property).normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference not found: set -Dvico.reference.dir");
    }

    public static JsonNode expected(String dataset) {
        try {
            return new ObjectMapper().readTree(root().resolve(dataset).resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a dataset folder: actors, ties, consortia and members. */
    public static StakeholderNetwork network(String dataset) {
        Path dir = root().resolve(dataset);
        var builder = StakeholderNetwork.builder(dataset);
        for (var row : rows(dir.resolve("actors.csv"))) {
            var type = ActorType.parse(row.get("type")).orElseThrow();
            String formal = row.getOrDefault("formal", "");
            String newcomer = row.getOrDefault("newcomer", "");
            builder.actor(new Actor(row.get("id"), row.get("name"), type, row.get("neighbourhood"),
                    formal.isBlank() ? type.formalByDefault() : Boolean.parseBoolean(formal),
                    !newcomer.isBlank() && Boolean.parseBoolean(newcomer), Map.of()));
        }
        for (var row : rows(dir.resolve("ties.csv"))) {
            var kind = TieKind.parse(row.get("kind")).orElseThrow();
            String weight = row.getOrDefault("weight", "");
            String directed = row.getOrDefault("directed", "");
            builder.tie(new Tie(row.get("source"), row.get("target"), kind,
                    weight.isBlank() ? 1.0 : Double.parseDouble(weight),
                    directed.isBlank() ? kind.directedByDefault() : Boolean.parseBoolean(directed)));
        }
        if (Files.exists(dir.resolve("consortia.csv"))) {
            for (var row : rows(dir.resolve("consortia.csv"))) {
                String role = row.getOrDefault("municipality_role", "");
                builder.consortium(new Consortium(row.get("id"), row.get("name"), row.get("task"),
                        row.get("neighbourhood"), role.isBlank() ? null : MunicipalRole.parse(role).orElseThrow()));
            }
        }
        if (Files.exists(dir.resolve("members.csv"))) {
            for (var row : rows(dir.resolve("members.csv"))) {
                String role = row.getOrDefault("role", "");
                String share = row.getOrDefault("budget_share", "");
                builder.member(new Membership(row.get("consortium"), row.get("actor"),
                        role.isBlank() ? null : MemberRole.parse(role).orElseThrow(),
                        share.isBlank() ? null : Double.parseDouble(share)));
            }
        }
        return builder.build();
    }

    /** Rows of a CSV file with a header, as column → value; quoted fields may hold commas and "" quotes. */
    static List<Map<String, String>> rows(Path file) {
        List<List<String>> records;
        try {
            records = parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var result = new ArrayList<Map<String, String>>();
        if (records.isEmpty()) {
            return result;
        }
        List<String> header = records.get(0);
        for (List<String> record : records.subList(1, records.size())) {
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).strip(), i < record.size() ? record.get(i) : "");
            }
            result.add(row);
        }
        return result;
    }

    static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
