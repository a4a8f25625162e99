package nl.vico.viz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import nl.vico.viz.ExternalTools;
import nl.vico.viz.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    /** Python's csv module (an independent RFC 4180 reader) returns the rows as a JSON list of lists. */
    private static final String READ = """
            import sys, csv, json
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """;

    @SuppressWarnings("unchecked")
    private static List<List<String>> python(Path dir, String csv) throws Exception {
        ExternalTools.assumePython("csv");
        String out = ExternalTools.python(READ, Exports.file(dir, "a.csv", csv).toString());
        return (List<List<String>>) Exports.json("{\"rows\":" + out + "}").get("rows");
    }

    @Test
    void csv_florentine_oneRowPerActor_withTheReferenceMetrics(@TempDir Path dir) throws Exception {
        StakeholderNetwork network = Fixtures.reference("florentine_families");
        AnalysisReport report = Fixtures.referenceReport("florentine_families", network);

        var rows = python(dir, Exports.write(network, report, ExportFormat.CSV, ExportOptions.defaults()));

        List<String> header = rows.get(0);
        assertThat(header.subList(0, 6)).containsExactly("id", "name", "type", "neighbourhood", "formal", "newcomer");
        assertThat(header).contains("degree", "betweenness", "betweenness_raw", "constraint", "brokerage_by_type_coordinator");
        assertThat(rows).hasSize(16);
        List<String> medici = rows.stream().filter(r -> r.get(0).equals("medici")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var expected = (Map<String, Object>) ((Map<String, Object>) Fixtures.expected("florentine_families").get("actors")).get("medici");
        assertThat(medici.get(1)).isEqualTo("Medici family");
        assertThat(Double.parseDouble(medici.get(header.indexOf("betweenness"))))
                .isEqualTo(((Number) expected.get("betweenness")).doubleValue());
        assertThat(medici.get(header.indexOf("degree"))).isEqualTo(expected.get("degree").toString());
    }

    @Test
    void csv_isRfc4180_quotingCommasQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        var network = StakeholderNetwork.builder("quotes")
                .actor(Actor.of("a", "Schoon & Co, coöperatie", ActorType.SOCIAL_ENTREPRENEUR))
                .actor(Actor.of("b", "De \"Brug\"", ActorType.BUSINESS))
                .actor(Actor.of("c", "two\r\nlines", ActorType.SCHOOL)).build();

        String csv = Exports.write(network, AnalysisReport.builder().build(), ExportFormat.CSV, ExportOptions.defaults());
        var rows = python(dir, csv);

        assertThat(csv).contains("\r\n").contains("\"Schoon & Co, coöperatie\"").contains("\"De \"\"Brug\"\"\"");
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("name", "Schoon & Co, coöperatie", "De \"Brug\"", "two\r\nlines");
    }

    @Test
    void csv_cellsThatWouldRunAsFormulas_getAnApostrophe_butNumbersDoNot(@TempDir Path dir) throws Exception {
        var b = StakeholderNetwork.builder("injection");
        // name → the cell a spreadsheet must see (OWASP CSV injection: = + - @ tab CR start a formula)
        var cases = new java.util.LinkedHashMap<String, String>();
        cases.put("=HYPERLINK(\"http://x.example\",\"y\")", "'=HYPERLINK(\"http://x.example\",\"y\")");
        cases.put("+31 6 1234", "'+31 6 1234");
        cases.put("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0");
        cases.put("@SUM(1+1)", "'@SUM(1+1)");
        cases.put("\tTab", "'\tTab");
        cases.put("\rReturn", "'\rReturn");
        cases.put("-12.5", "-12.5");
        cases.put("+7", "+7");
        cases.put("1e-3", "1e-3");
        cases.put("Plain name", "Plain name");
        cases.put("a=b", "a=b");
        int i = 0;
        for (String name : cases.keySet()) {
            b.actor(Actor.of("id" + i++, name, ActorType.BUSINESS));
        }
        var report = AnalysisReport.builder().actor("id0", "betweenness", -0.5).build();

        var rows = python(dir, Exports.write(b.build(), report, ExportFormat.CSV, ExportOptions.defaults()));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactlyElementsOf(cases.values());
        assertThat(rows.get(1).get(rows.get(0).indexOf("betweenness"))).isEqualTo("-0.5");
    }

    @Test
    void csv_undefinedMetrics_areEmptyCells_andResidentsArePseudonymised() {
        var network = StakeholderNetwork.builder("iso").actor(Actor.of("r1", "Anouk V.", ActorType.RESIDENT))
                .actor("g", ActorType.RESIDENT_GROUP).actor("h", ActorType.SCHOOL).tie("g", "h", TieKind.COLLABORATES).build();
        var report = AnalysisReport.builder().actor("r1", "constraint", null).actor("g", "constraint", 1.0)
                .actor("h", "constraint", 1.0).build();

        String csv = Exports.write(network, report, ExportFormat.CSV, ExportOptions.defaults());

        assertThat(csv.split("\r\n")).containsExactly(
                "id,name,type,neighbourhood,formal,newcomer,constraint",
                "r1,Resident r1,resident,,false,false,",
                "g,g,resident_group,,false,false,1.0",
                "h,h,school,,true,false,1.0");
    }
}
