package nl.vico.analyzer.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One plain English sentence per report key ({@code degree} → "The number of other actors this actor
 * has a tie with."), for the text output and the documentation. The sentences live in the resource
 * {@code metric-glossary.txt} next to this class, one {@code key: sentence} per line, in report order.
 */
public final class MetricGlossary {
    private static final String RESOURCE = "metric-glossary.txt";
    private static final Map<String, String> ENTRIES = load();

    private MetricGlossary() {
    }

    /** The sentence explaining this key, if there is one. */
    public static Optional<String> explain(String key) {
        return Optional.ofNullable(ENTRIES.get(key));
    }

    /** Every key and its sentence, in the order of the glossary. */
    public static Map<String, String> entries() {
        return ENTRIES;
    }

    private static Map<String, String> load() {
        var entries = new LinkedHashMap<String, String>();
        try (InputStream in = MetricGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the analyzer jar — rebuild the analyzer module");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                if (colon <= 0 || colon == text.length() - 1) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'key: sentence'");
                }
                String key = text.substring(0, colon).strip();
                if (entries.putIfAbsent(key, text.substring(colon + 1).strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": key " + key + " is explained twice — keep one line");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(entries);
    }
}
