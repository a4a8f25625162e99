package nl.vico.app.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.app.UserInputException;
import nl.vico.model.StakeholderNetwork;

/** Writes a report as text or JSON, to standard output or to a file (whole or not at all). */
public final class Output {
    /** Made on first use: most reports are written by {@link JsonText} alone and never need it. */
    private static final class Mapper {
        // Schubfach shortest-digit doubles instead of the JDK 17 Double.toString: the same values, a third of
        // the time on reports with hundreds of thousands of numbers
        static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
                        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private Output() {
    }

    /** The report in the given format as one string, findings in English. */
    public static String render(AnalysisReport report, StakeholderNetwork network, ReportFormat format) {
        return render(report, network, format, Locale.ENGLISH);
    }

    /** The report in the given format as one string, findings and recommendations in the language of {@code locale}. */
    public static String render(AnalysisReport report, StakeholderNetwork network, ReportFormat format, Locale locale) {
        if (format == ReportFormat.JSON) {
            return json(report, locale) + System.lineSeparator();
        }
        var sw = new StringWriter();
        new TextSummary(report, network, locale).writeTo(new PrintWriter(sw));
        return sw.toString();
    }

    /** The report's JSON document, texts in English. */
    public static String json(AnalysisReport report) {
        return json(report, Locale.ENGLISH);
    }

    /** The report's JSON document, the findings' and recommendations' texts in the language of {@code locale}. */
    public static String json(AnalysisReport report, Locale locale) {
        try {
            var bytes = new java.io.ByteArrayOutputStream(1 << 16);
            JsonText.write(report.toJsonTree(locale), bytes, Output::mapper);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return Mapper.JSON;
    }

    /** Prints to {@code stdout}, or writes {@code file} through a temporary file so that it is never half-written. */
    public static void write(AnalysisReport report, StakeholderNetwork network, ReportFormat format, Path file, PrintWriter stdout) {
        write(report, network, format, Locale.ENGLISH, file, stdout);
    }

    /** {@link #write(AnalysisReport, StakeholderNetwork, ReportFormat, Path, PrintWriter)} in the language of {@code locale}. */
    public static void write(AnalysisReport report, StakeholderNetwork network, ReportFormat format, Locale locale, Path file,
                             PrintWriter stdout) {
        if (format == ReportFormat.JSON) {
            // streamed: a report of 10,000 actors is 20 MB of JSON, not worth holding as one string
            var tree = report.toJsonTree(locale);
            if (file == null) {
                var bytes = new java.io.ByteArrayOutputStream(1 << 16);
                try {
                    JsonText.write(tree, bytes, Output::mapper);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stdout.print(bytes.toString(StandardCharsets.UTF_8));
                stdout.println();
                stdout.flush();
                return;
            }
            writeAtomically(file, out -> {
                JsonText.write(tree, out, Output::mapper);
                out.write(System.lineSeparator().getBytes(StandardCharsets.US_ASCII));
            });
            return;
        }
        String text = render(report, network, format, locale);
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        writeAtomically(file, text);
    }

    /** Writes what {@code content} writes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes the whole text to {@code file} or, on failure, leaves whatever was there. */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary file is private (rw-------); the written file gets the old file's permissions, or rw-r--r--. */
    private static void keepUsualPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        var perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Writes all the bytes to {@code file} or, on failure, leaves whatever was there. */
    public static void writeAtomically(Path file, byte[] bytes) {
        writeAtomically(file, out -> out.write(bytes));
    }

    /** Writes everything {@code content} writes to {@code file} or, on failure, leaves whatever was there. */
    public static void writeAtomically(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserInputException("--out " + file + ": the folder " + dir + " does not exist — create it or choose another path");
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException("--out " + file + " is a folder — give a file name");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".vico-", ".tmp");
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            keepUsualPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + " (" + e.getMessage() + ") — check the path and its permissions");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the error above is the one worth reporting
                    tmp = null;
                }
            }
        }
    }
}
