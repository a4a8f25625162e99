package nl.vico.app.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.vico.app.web.VicoProperties;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.PayloadTooLargeException;
import nl.vico.importer.DatasetReader;
import org.springframework.web.multipart.MultipartFile;

/**
 * Unpacks an upload (the CSV files, or a zip of them) into a fresh folder for {@link DatasetReader},
 * refusing anything that tries to reach outside it. Only a file's own name counts, never its path: a name
 * with {@code ..}, a slash or backslash, a drive letter or an absolute path refuses the whole upload, as
 * do unsafe names, too many entries, too many bytes once unpacked (a zip bomb) or too many rows. Files
 * that are not CSV are ignored (a README in the zip), as are the {@code __MACOSX} folders of macOS.
 */
final class UploadedDataset {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private final VicoProperties.Upload limits;
    private final Path dir;
    private final Set<String> written = new HashSet<>();
    private final List<String> refused = new ArrayList<>();
    private long bytes;
    private int entries;

    private UploadedDataset(VicoProperties.Upload limits, Path dir) {
        this.limits = limits;
        this.dir = dir;
    }

    /** Writes the uploaded files into {@code dir}, which must exist and be empty. */
    static void extract(List<MultipartFile> files, VicoProperties.Upload limits, Path dir) throws IOException {
        var upload = new UploadedDataset(limits, dir);
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            throw new BadRequestException("the upload holds no files — send actors.csv (and ties.csv, consortia.csv,"
                    + " members.csv, neighbourhoods.csv as you have them) in the form field 'files', or one zip of them");
        }
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename() == null ? "" : f.getOriginalFilename();
            try (InputStream in = f.getInputStream()) {
                if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    upload.checkName(name, name);
                    upload.unzip(name, in);
                } else {
                    upload.entry(name, name, in);
                }
            }
        }
        if (!upload.refused.isEmpty()) {
            throw new BadRequestException("the upload is refused, nothing was written: " + String.join("; ", upload.refused),
                    upload.refused.stream().map(r -> new BadRequestException.FieldProblem("files", r)).toList());
        }
        if (upload.written.isEmpty()) {
            throw new BadRequestException("the upload holds no CSV files — send actors.csv and the other files of the"
                    + " dataset format, or a zip of them");
        }
    }

    private void unzip(String zipName, InputStream in) throws IOException {
        try (var zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxFiles()) {
                    throw new PayloadTooLargeException(zipName + " holds more than " + limits.maxFiles()
                            + " entries — zip only the dataset's CSV files");
                }
                String path = e.getName();
                checkPath(zipName + "!" + path, path);
                if (path.startsWith("__MACOSX/") || e.isDirectory()) {
                    continue;
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    entry(zipName + "!" + path, name, zip);
                }
            }
        } catch (ZipException | IllegalArgumentException ex) {
            throw new BadRequestException(zipName + " is not a readable zip file (" + ex.getMessage()
                    + ") — zip the CSV files again, or send them one by one");
        }
    }

    /** A path inside a zip: relative, without '..', backslashes or drive letters. */
    private void checkPath(String where, String path) {
        boolean bad = path.startsWith("/") || path.contains("\\") || path.contains(":") || path.contains("\0")
                || List.of(path.split("/")).contains("..");
        if (bad) {
            refused.add(where + ": the path tries to leave the dataset folder — zip the files without absolute paths"
                    + " or '..'");
        }
    }

    private void checkName(String where, String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            refused.add(where + ": the file name is not allowed — use a plain name such as actors.csv (letters, digits,"
                    + " '_', '.', '-'), without a folder");
        }
    }

    private void entry(String where, String name, InputStream in) throws IOException {
        checkName(where, name);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            refused.add(where + ": only CSV files (or one zip of them) can be uploaded");
            return;
        }
        if (!refused.isEmpty()) {
            return;
        }
        if (!written.add(name)) {
            refused.add(where + ": " + name + " is in the upload twice — send each file once");
            return;
        }
        Path target = dir.resolve(name).normalize();
        if (!target.getParent().equals(dir.normalize())) {
            refused.add(where + ": the file would land outside the dataset folder");
            return;
        }
        copy(where, in, target);
    }

    /** Copies while counting bytes (across the whole upload) and lines (per file) against the limits. */
    private void copy(String where, InputStream in, Path target) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long lines = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
                if (bytes > limits.maxBytes()) {
                    throw new PayloadTooLargeException("the dataset is larger than " + limits.maxBytes() / (1024 * 1024)
                            + " MB once unpacked — split it, or ask the administrator to raise vico.upload.max-bytes");
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                if (lines > limits.maxRows() + 1L) {
                    throw new PayloadTooLargeException(where + " has more than " + limits.maxRows() + " rows — the server"
                            + " takes at most " + limits.maxRows() + " per file (vico.upload.max-rows)");
                }
                out.write(buf, 0, n);
            }
        }
    }
}
