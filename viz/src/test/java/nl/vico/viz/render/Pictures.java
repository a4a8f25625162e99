package nl.vico.viz.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import javax.imageio.ImageIO;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;

/** Helpers of the picture tests; pictures are also kept under {@code target/pictures} to look at. */
final class Pictures {
    static final Path OUT = Path.of("target", "pictures");

    private Pictures() {
    }

    static byte[] png(StakeholderNetwork network, AnalysisReport report, RenderOptions options) {
        var out = new ByteArrayOutputStream();
        try {
            new NetworkRenderer().renderPng(network, report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String svg(StakeholderNetwork network, AnalysisReport report, RenderOptions options) {
        var out = new StringWriter();
        try {
            new NetworkRenderer().renderSvg(network, report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Number of distinct colours in the image. */
    static int colours(BufferedImage image) {
        var seen = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a copy to look at. */
    static void keep(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), bytes);
    }

    static void keep(String name, String text) throws IOException {
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name), text);
    }
}
