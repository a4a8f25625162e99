package nl.vico.app.web.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import nl.vico.app.web.network.Privacy;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.security.Access;
import nl.vico.viz.export.ExportFormat;
import nl.vico.viz.export.ExportOptions;
import nl.vico.viz.export.NetworkExporter;
import nl.vico.viz.render.NetworkRenderer;
import nl.vico.viz.render.RenderOptions;
import nl.vico.viz.report.HtmlReport;
import nl.vico.viz.report.ReportOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files made from a workspace and its analysis, by the viz module: exports (GEXF, GraphML, DOT, CSV, and
 * the analysis JSON), pictures (PNG, SVG) and the HTML report. Residents are pseudonymised unless the
 * account may see their names; CSV cells that a spreadsheet would run as a formula are defused. The work
 * runs on the analysis pool.
 */
@RestController
@Tag(name = "exports", description = "Exports, pictures and the report")
@RequestMapping("/api/workspaces/{workspace}")
class ExportController {
    private final AnalysisService analyses;
    private final Access access;
    private final ObjectMapper json;

    ExportController(AnalysisService analyses, Access access, ObjectMapper json) {
        this.analyses = analyses;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/export")
    CompletableFuture<ResponseEntity<byte[]>> export(@PathVariable String workspace,
                                                     @RequestParam(defaultValue = "graphml") String format) {
        var privacy = Privacy.of(access.read(workspace));
        if ("json".equalsIgnoreCase(format.strip())) {
            return analyses.then(workspace, a -> file(workspace + ".json", MediaType.APPLICATION_JSON,
                    bytes(out -> json.writerWithDefaultPrettyPrinter().writeValue(out,
                            privacy.analysis(a.report().toJsonTree(), a.network())))));
        }
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new BadRequestException("unknown export format "
                + format + " — give one of " + ExportFormat.spellings() + ", json"));
        var exporter = new NetworkExporter(ExportOptions.defaults().withPseudonymiseResidents(privacy.pseudonymise()));
        MediaType type = switch (f) {
            case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case GEXF, GRAPHML -> new MediaType("application", "xml", StandardCharsets.UTF_8);
            case DOT -> new MediaType("text", "vnd.graphviz", StandardCharsets.UTF_8);
        };
        return analyses.then(workspace, a -> file(workspace + "." + f.key(), type, bytes(out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            exporter.write(a.network(), a.report(), f, w);
        })));
    }

    @GetMapping("/render")
    CompletableFuture<ResponseEntity<byte[]>> render(@PathVariable String workspace,
                                                     @RequestParam(defaultValue = "png") String format,
                                                     @RequestParam(name = "size_by", required = false) String sizeBy,
                                                     @RequestParam(required = false) String consortium,
                                                     @RequestParam(defaultValue = "1600") int width,
                                                     @RequestParam(defaultValue = "1100") int height,
                                                     @RequestParam(defaultValue = "en") String lang) {
        var privacy = Privacy.of(access.read(workspace));
        boolean svg = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "png" -> false;
            case "svg" -> true;
            default -> throw new BadRequestException("unknown picture format " + format + " — give png or svg");
        };
        RenderOptions options;
        try {
            options = RenderOptions.defaults().withSize(width, height).withSizeMetric(sizeBy).withConsortium(consortium)
                    .withLocale(locale(lang)).withPseudonymiseResidents(privacy.pseudonymise()).withDate(LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        var renderer = new NetworkRenderer();
        return analyses.then(workspace, a -> svg
                ? file(workspace + ".svg", new MediaType("image", "svg+xml", StandardCharsets.UTF_8),
                        bytes(out -> renderer.renderSvg(a.network(), a.report(), options,
                                new OutputStreamWriter(out, StandardCharsets.UTF_8))))
                : file(workspace + ".png", MediaType.IMAGE_PNG,
                        bytes(out -> renderer.renderPng(a.network(), a.report(), options, out))));
    }

    @GetMapping("/report")
    CompletableFuture<ResponseEntity<byte[]>> report(@PathVariable String workspace,
                                                     @RequestParam(defaultValue = "en") String lang) {
        var privacy = Privacy.of(access.read(workspace));
        var options = ReportOptions.defaults().withLocale(locale(lang)).withDate(LocalDate.now())
                .withPseudonymiseResidents(privacy.pseudonymise());
        return analyses.then(workspace, a -> ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(bytes(out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    new HtmlReport().write(a.network(), a.report(), options, w);
                    w.flush();
                })));
    }

    private static Locale locale(String lang) {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Locale.forLanguageTag("nl");
            case "en" -> Locale.ENGLISH;
            default -> throw new BadRequestException("unknown language " + lang + " — give nl or en");
        };
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @FunctionalInterface
    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        var out = new ByteArrayOutputStream();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
