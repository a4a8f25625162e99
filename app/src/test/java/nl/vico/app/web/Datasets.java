package nl.vico.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.vico.importer.DatasetReader;

/** The project's example datasets, as upload parts or a zip. */
final class Datasets {
    private Datasets() {
    }

    /** The folder examples/NAME, found by walking up from the working directory. */
    static Path example(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find examples/" + name);
    }

    /** The dataset's files as upload parts. */
    static List<Http.Part> parts(Path dir) {
        var parts = new ArrayList<Http.Part>();
        for (String f : DatasetReader.FILES) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                parts.add(new Http.Part(f, read(p)));
            }
        }
        return parts;
    }

    static String text(Path dir, String file) {
        return new String(read(dir.resolve(file)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A zip with the given entries, names taken as they are (also hostile ones). */
    static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads examples/kanaalwijk into the workspace as administrator; fails the test setup if refused. */
    static void uploadExample(Http admin, String workspace) {
        var r = admin.upload("/api/workspaces/" + workspace + "/dataset", parts(example("kanaalwijk")));
        if (r.status() != 201 && r.status() != 200) {
            throw new IllegalStateException("cannot upload the example into " + workspace + ": " + r.status() + " " + r.body());
        }
    }

    static Map<String, byte[]> files(Path dir) {
        var m = new java.util.LinkedHashMap<String, byte[]>();
        parts(dir).forEach(p -> m.put(p.filename(), p.content()));
        return m;
    }
}
