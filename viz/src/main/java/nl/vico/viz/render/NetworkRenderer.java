package nl.vico.viz.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;

/**
 * Draws the network map of a stakeholder network so that power, bridges and gaps show at a glance: actors
 * coloured by type ({@link nl.vico.viz.TypePalette}) with a legend, sized by betweenness (or
 * {@link RenderOptions#sizeMetric()}), shaped by formality (box: formal organisation, circle: informal
 * party, diamond: broker), newcomers with a dashed outline, cut points (articulation points) ringed, ties
 * coloured and dashed by kind with arrows on directed ties, labels for the most central actors where they
 * fit, a title and a caption with data set, counts, date and method. With
 * {@link RenderOptions#consortium()} the members are highlighted and ringed, their direct contacts half
 * faded, everyone else faded, and the actors the findings name get a badge. Above
 * {@link RenderOptions#aggregateAbove()} actors the map shows one node per community instead.
 *
 * <p><b>How it is drawn.</b> GraphStream's automatic layout runs on a clock and differs from run to run,
 * so vico computes a seeded force-directed layout itself ({@link ForceLayout}) and decides every position,
 * size, colour and label once ({@link SceneBuilder} → {@link Scene}). GraphStream's Swing renderer then
 * draws the network into the PNG with a camera of one pixel per graph unit, and Java2D adds what GraphStream
 * has no notion of — legend, title, caption, label placement without overlaps, rings and badges
 * ({@link PngPainter}). The SVG is written from the same scene ({@link SvgPainter}), so PNG and SVG show the
 * same picture. Same network, report and options ⇒ identical PNG bytes and identical SVG text.
 *
 * <p>Headless: no window is ever opened. When the JVM has not been told otherwise, this class sets
 * {@code java.awt.headless=true} (and {@code org.graphstream.ui=swing}) before the first picture, so servers
 * and CI without a display work.
 *
 * <p>Cost: the layout is O(300·n²) up to 900 actors per component and near-linear above; a 2,000-actor map
 * takes a few seconds. Stateless and thread-safe.
 */
public final class NetworkRenderer {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty("org.graphstream.ui") == null) {
            System.setProperty("org.graphstream.ui", "swing");
        }
    }

    /** Writes the picture to {@code out}: PNG or SVG by the file's extension ({@link ImageFormat#of(Path)}). */
    public void render(StakeholderNetwork network, AnalysisReport report, RenderOptions options, Path out)
            throws IOException {
        ImageFormat format = ImageFormat.of(out);
        Scene scene = scene(network, report, options);
        switch (format) {
            case PNG -> {
                try (OutputStream stream = Files.newOutputStream(out)) {
                    writePng(PngPainter.paint(scene), stream);
                }
            }
            case SVG -> Files.writeString(out, SvgPainter.paint(scene, aggregated(network, options)), StandardCharsets.UTF_8);
        }
    }

    /** The picture as an image (RGB, {@code options.width() × options.height()}), e.g. to embed in a report. */
    public BufferedImage renderImage(StakeholderNetwork network, AnalysisReport report, RenderOptions options) {
        return PngPainter.paint(scene(network, report, options));
    }

    /** Writes the picture as PNG to a stream; the stream is not closed. */
    public void renderPng(StakeholderNetwork network, AnalysisReport report, RenderOptions options, OutputStream out)
            throws IOException {
        writePng(renderImage(network, report, options), out);
    }

    /** Writes the picture as SVG (UTF-8 text) to a writer; the writer is flushed, not closed. */
    public void renderSvg(StakeholderNetwork network, AnalysisReport report, RenderOptions options, Writer out)
            throws IOException {
        out.write(SvgPainter.paint(scene(network, report, options), aggregated(network, options)));
        out.flush();
    }

    private static Scene scene(StakeholderNetwork network, AnalysisReport report, RenderOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(report, "report — pass AnalysisReport.builder().build() when there is no analysis");
        Objects.requireNonNull(options, "options — use RenderOptions.defaults()");
        return new SceneBuilder(network, report, options).build();
    }

    private static boolean aggregated(StakeholderNetwork network, RenderOptions options) {
        return options.consortium() == null && network.size() > options.aggregateAbove();
    }

    private static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java runtime has no PNG writer (javax.imageio) — use an SVG file instead");
        }
        out.flush();
    }
}
