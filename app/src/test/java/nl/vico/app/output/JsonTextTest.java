package nl.vico.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.importer.DatasetReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The report writer against an independent one: Jackson's own pretty printer (with its shortest-digit double
 * writer) must produce the very same bytes for every tree vico writes.
 */
class JsonTextTest {
    private static final ObjectMapper JACKSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static String ours(Object tree) throws IOException {
        var out = new ByteArrayOutputStream();
        JsonText.write(tree, out, () -> JACKSON);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kanaalwijk", "molenhoek"})
    void analysisOfTheExamples_sameBytesAsJackson(String example) throws IOException {
        Path dir = Path.of("..", "examples", example);
        var network = DatasetReader.read(dir).network();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
            var tree = new NetworkAnalyzer(new AnalysisOptions(2, AnalysisOptions.AUTO, 42L)).analyze(network).toJsonTree(locale);
            assertThat(ours(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
        }
    }

    @Test
    void oddValues_sameBytesAsJackson() throws IOException {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("quote \" and backslash \\", "tab\tline\nreturn\rbell\u0007 form\f back\b nul\u0000 unit\u001f");
        tree.put("non-ASCII", "Café Ærø – ‘quotes’ € 𝄞 emoji 😀 and ĳ");
        tree.put("empty object", Map.of());
        tree.put("empty list", List.of());
        tree.put("numbers", List.of(0.0, -0.0, 1.0, 0.1, 1e-7, 1.0E21, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE,
                1L << 53, Long.MIN_VALUE, Integer.MAX_VALUE, -17));
        tree.put("not numbers", List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        var nested = new ArrayList<Object>();
        nested.add(Map.of("a", 1));
        nested.add(List.of(List.of(), List.of(true, false)));
        var inner = new LinkedHashMap<String, Object>();
        inner.put("deeper", Map.of("deepest", List.of(Map.of("x", "y"))));
        inner.put("null", null);
        nested.add(inner);
        tree.put("nested", nested);
        tree.put("other", java.math.BigDecimal.valueOf(12345, 3));
        assertThat(ours(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
    }

    @Test
    void longStrings_crossTheBufferBoundary() throws IOException {
        // longer than the 64 KiB buffer, with three-byte characters straddling where it would be cut
        String big = "ab€".repeat(30_000);
        var tree = Map.of("big", List.of(big, big));
        assertThat(ours(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
    }
    @Test
    void largeObjects_writtenInPartsAtOnce_sameBytesAsJackson() throws IOException {
        // more entries than JsonText.PARALLEL_ENTRIES (and not a multiple of the number of parts), nested two
        // levels deep, with an empty map and strings of several bytes per character among them
        var actors = new LinkedHashMap<String, Object>();
        int n = JsonText.PARALLEL_ENTRIES * 2 + 7;
        for (int i = 0; i < n; i++) {
            var values = new LinkedHashMap<String, Object>();
            values.put("name", "actor ‘" + i + "’ €");
            values.put("score", i / 7.0);
            values.put("list", List.of(i, i % 3 == 0));
            actors.put("a" + i, i % 1000 == 0 ? Map.of() : values);
        }
        var tree = new LinkedHashMap<String, Object>();
        tree.put("network", Map.of("n", n));
        tree.put("actors", actors);
        tree.put("after", List.of("end"));
        assertThat(ours(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
        assertThat(ours(Map.of("top", actors))).isEqualTo(JACKSON.writeValueAsString(Map.of("top", actors)));
    }
}
