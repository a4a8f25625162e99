package nl.vico.viz;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;

/**
 * Test data: a tiny reader of vico's CSV data sets (the importer is not a dependency of viz; this reads
 * only the well-formed files of the reference sets and the examples) and reports whose values come from
 * the reference {@code expected.json} files (NetworkX/igraph/sna, never vico's own output).
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The folder of the reference data sets: {@code -Dvico.reference.dir}, else {@code shared/reference} above the working directory. */
    public static Path referenceDir() {
        String prop = System.getProperty("vico.reference.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        return findUp(Path.of("shared", "reference"));
    }

    /** The folder {@code examples/<name>} of the repository. */
    public static Path example(String name) {
        return findUp(Path.of("examples", name));
    }

    private static Path findUp(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + " above " + Path.of("").toAbsolutePath());
    }

    public static StakeholderNetwork reference(String dataset) {
        return load(referenceDir().resolve(dataset), dataset);
    }

    private static StakeholderNetwork kanaalwijk;
    private static AnalysisReport kanaalwijkReport;

    /** The example data set of the repository (loaded once per test run). */
    public static synchronized StakeholderNetwork kanaalwijk() {
        if (kanaalwijk == null) {
            kanaalwijk = load(example("kanaalwijk"), "kanaalwijk");
        }
        return kanaalwijk;
    }

    /** The example analysed by the real analyzer (once per test run). */
    public static synchronized AnalysisReport kanaalwijkReport() {
        if (kanaalwijkReport == null) {
            kanaalwijkReport = new nl.vico.analyzer.NetworkAnalyzer().analyze(kanaalwijk());
        }
        return kanaalwijkReport;
    }

    /** Reads the five CSV files of a vico data set (plain comma-separated fields; double quotes honoured). */
    public static StakeholderNetwork load(Path dir, String name) {
        var b = StakeholderNetwork.builder(name);
        for (var row : rows(dir.resolve("neighbourhoods.csv"))) {
            b.neighbourhood(new Neighbourhood(row.get("id"), row.get("name"),
                    blank(row.get("residents")) ? null : Integer.valueOf(row.get("residents"))));
        }
        for (var row : rows(dir.resolve("actors.csv"))) {
            ActorType type = ActorType.parse(row.get("type")).orElseThrow();
            var extra = new LinkedHashMap<String, String>();
            row.forEach((k, v) -> {
                if (!List.of("id", "name", "type", "neighbourhood", "formal", "newcomer").contains(k) && !blank(v)) {
                    extra.put(k, v);
                }
            });
            boolean formal = blank(row.get("formal")) ? type.formalByDefault() : Boolean.parseBoolean(row.get("formal"));
            boolean newcomer = !blank(row.get("newcomer")) && Boolean.parseBoolean(row.get("newcomer"));
            b.actor(new Actor(row.get("id"), row.get("name"), type, row.get("neighbourhood"), formal, newcomer, extra));
        }
        for (var row : rows(dir.resolve("ties.csv"))) {
            TieKind kind = TieKind.parse(row.get("kind")).orElseThrow();
            double weight = blank(row.get("weight")) ? 1.0 : Double.parseDouble(row.get("weight"));
            boolean directed = blank(row.get("directed")) ? kind.directedByDefault() : Boolean.parseBoolean(row.get("directed"));
            b.tie(new Tie(row.get("source"), row.get("target"), kind, weight, directed));
        }
        for (var row : rows(dir.resolve("consortia.csv"))) {
            MunicipalRole role = blank(row.get("municipality_role")) ? null
                    : MunicipalRole.parse(row.get("municipality_role")).orElseThrow();
            b.consortium(new Consortium(row.get("id"), row.get("name"), row.get("task"), row.get("neighbourhood"), role));
        }
        for (var row : rows(dir.resolve("members.csv"))) {
            MemberRole role = blank(row.get("role")) ? null : MemberRole.parse(row.get("role")).orElseThrow();
            Double share = blank(row.get("budget_share")) ? null : Double.valueOf(row.get("budget_share"));
            b.member(new Membership(row.get("consortium"), row.get("actor"), role, share));
        }
        return b.build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<Map<String, String>> rows(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            var result = new ArrayList<Map<String, String>>();
            if (lines.isEmpty()) {
                return result;
            }
            List<String> header = split(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                var row = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).strip(), i < cells.size() ? cells.get(i).strip() : "");
                }
                result.add(row);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The reference set's {@code expected.json} as a tree. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> expected(String dataset) {
        try {
            return new ObjectMapper().readValue(referenceDir().resolve(dataset).resolve("expected.json").toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report holding the independent values of {@code expected.json}: every per-actor key (nested maps such
     * as {@code brokerage_by_type} included) and every network key, plus each actor's name and type.
     */
    @SuppressWarnings("unchecked")
    public static AnalysisReport referenceReport(String dataset, StakeholderNetwork network) {
        var expected = expected(dataset);
        var b = AnalysisReport.builder();
        var actors = (Map<String, Map<String, Object>>) expected.get("actors");
        for (Actor a : network.actors()) {
            b.actor(a.id(), "name", a.name());
            b.actor(a.id(), "type", a.type().key());
            actors.getOrDefault(a.id(), Map.of()).forEach((k, v) -> {
                if (!k.equals("type")) {
                    b.actor(a.id(), k, v);
                }
            });
        }
        ((Map<String, Object>) expected.get("network")).forEach(b::network);
        return b.build();
    }
}
