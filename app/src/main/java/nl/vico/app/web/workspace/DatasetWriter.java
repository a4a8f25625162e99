package nl.vico.app.web.workspace;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.vico.importer.DatasetReader;
import nl.vico.model.Actor;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;

/**
 * Writes a network as a dataset folder in the documented format (the five CSV files, UTF-8, RFC 4180
 * quoting, every value explicit), so that {@link DatasetReader} can check a changed network with exactly
 * the rules of an import. Extra actor attributes become columns after the standard ones, in order of
 * first appearance. Values are written as they are: this is the data format, not a spreadsheet export.
 */
final class DatasetWriter {
    private DatasetWriter() {
    }

    static void write(StakeholderNetwork network, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> attributeKeys = new LinkedHashSet<>();
        network.actors().forEach(a -> attributeKeys.addAll(a.attributes().keySet()));
        try (Writer w = writer(dir, DatasetReader.ACTORS)) {
            var header = new ArrayList<>(List.of("id", "name", "type", "neighbourhood", "formal", "newcomer"));
            header.addAll(attributeKeys);
            row(w, header);
            for (Actor a : network.actors()) {
                var cells = new ArrayList<>(List.of(a.id(), a.name(), a.type().key(), text(a.neighbourhood()),
                        Boolean.toString(a.formal()), Boolean.toString(a.newcomer())));
                attributeKeys.forEach(k -> cells.add(text(a.attributes().get(k))));
                row(w, cells);
            }
        }
        try (Writer w = writer(dir, DatasetReader.TIES)) {
            row(w, List.of("source", "target", "kind", "weight", "directed"));
            for (Tie t : network.ties()) {
                row(w, List.of(t.source(), t.target(), t.kind().key(), number(t.weight()), Boolean.toString(t.directed())));
            }
        }
        try (Writer w = writer(dir, DatasetReader.CONSORTIA)) {
            row(w, List.of("id", "name", "task", "neighbourhood", "municipality_role"));
            for (Consortium c : network.consortia()) {
                row(w, List.of(c.id(), c.name(), text(c.task()), text(c.neighbourhood()),
                        c.municipalityRole() == null ? "" : c.municipalityRole().key()));
            }
        }
        try (Writer w = writer(dir, DatasetReader.MEMBERS)) {
            row(w, List.of("consortium", "actor", "role", "budget_share"));
            for (Membership m : network.memberships()) {
                row(w, List.of(m.consortium(), m.actor(), m.role() == null ? "" : m.role().key(),
                        m.budgetShare() == null ? "" : number(m.budgetShare())));
            }
        }
        if (!network.neighbourhoods().isEmpty()) {
            try (Writer w = writer(dir, DatasetReader.NEIGHBOURHOODS)) {
                row(w, List.of("id", "name", "residents"));
                for (Neighbourhood n : network.neighbourhoods()) {
                    row(w, List.of(n.id(), n.name(), n.residents() == null ? "" : n.residents().toString()));
                }
            }
        }
    }

    private static Writer writer(Path dir, String file) throws IOException {
        return Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Plain decimal notation without trailing zeros: 1, 0.25, 48000. */
    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** Quoted when it holds a comma, quote, line break or surrounding blanks; quotes doubled. */
    static String cell(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
