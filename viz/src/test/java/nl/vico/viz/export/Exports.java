package nl.vico.viz.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Helpers of the export tests: write to a string or file, parse XML with the JDK, read JSON printed by tools. */
final class Exports {
    private Exports() {
    }

    static String write(StakeholderNetwork network, AnalysisReport report, ExportFormat format, ExportOptions options) {
        var out = new StringWriter();
        try {
            new NetworkExporter(options).write(network, report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Path file(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static Document parse(String xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document doc, String ns, String local) {
        NodeList list = doc.getElementsByTagNameNS(ns, local);
        var result = new ArrayList<Element>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static Element byId(Document doc, String ns, String local, String id) {
        return elements(doc, ns, local).stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + local + " with id " + id));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) throws IOException {
        return new ObjectMapper().readValue(text, Map.class);
    }
}
