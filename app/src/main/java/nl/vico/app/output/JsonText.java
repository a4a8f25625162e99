package nl.vico.app.output;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Writes a report's JSON tree (maps with string keys, lists, strings, numbers, booleans and nulls) as
 * UTF-8 in the layout of Jackson's default pretty printer: objects one entry per line indented by two
 * spaces per level of objects, {@code "key" : value}, arrays on one line as {@code [ a, b ]}, empty
 * containers as {@code { }} and {@code [ ]}, doubles in their shortest round-trip form. A report of
 * 10,000 actors holds about 400,000 values: a direct writer over a byte buffer spends a fraction of the
 * time of a general serializer, and much less of a one-off command's compilation. Any other kind of value
 * is handed to the mapper {@code fallback} supplies (asked for only then).
 */
final class JsonText {
    private final OutputStream out;
    private final Supplier<ObjectMapper> fallback;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int depth;

    private JsonText(OutputStream out, Supplier<ObjectMapper> fallback) {
        this.out = out;
        this.fallback = fallback;
    }

    /** Writes {@code value} to {@code out} (which stays open). */
    static void write(Object value, OutputStream out, Supplier<ObjectMapper> fallback) throws IOException {
        var w = new JsonText(out, fallback);
        w.value(value);
        w.flush();
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            ascii("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            ascii(v.toString());
        } else if (v instanceof Boolean b) {
            ascii(b ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            object(m);
        } else if (v instanceof List<?> l) {
            array(l);
        } else {
            byte[] other = fallback.get().writeValueAsBytes(v);
            ensure(other.length);
            System.arraycopy(other, 0, buf, pos, other.length);
            pos += other.length;
        }
    }

    private void object(Map<?, ?> m) throws IOException {
        if (m.isEmpty()) {
            ascii("{ }");
            return;
        }
        put('{');
        depth++;
        int parts = m.size() < PARALLEL_ENTRIES ? 1 : Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
        if (parts > 1) {
            entriesInParallel(m, parts);
        } else {
            entries(m.entrySet().iterator(), m.size(), true);
        }
        depth--;
        newline();
        put('}');
    }

    /** Writes {@code count} entries from {@code it}, each after a comma unless it is the object's first. */
    private void entries(Iterator<? extends Map.Entry<?, ?>> it, int count, boolean first) throws IOException {
        for (int i = 0; i < count; i++) {
            var e = it.next();
            if (!first) {
                put(',');
            }
            first = false;
            newline();
            string(String.valueOf(e.getKey()));
            ascii(" : ");
            value(e.getValue());
        }
    }

    /** Objects with at least this many entries (the actors of a large network) are written by several threads. */
    static final int PARALLEL_ENTRIES = 4096;
    private static final int MAX_PARTS = 4;

    /**
     * Writes the entries of a large object in {@code parts} consecutive runs: the first here, the others at
     * the same time on threads of their own into buffers, appended in order, so the bytes are exactly those
     * of one writer.
     */
    private void entriesInParallel(Map<?, ?> m, int parts) throws IOException {
        List<Map.Entry<?, ?>> all = new ArrayList<>(m.entrySet());
        int n = all.size();
        var rest = new ArrayList<FutureTask<byte[]>>();
        int level = depth; // read here: this writer's depth changes while the others run
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            var task = new FutureTask<>(() -> {
                var bytes = new ByteArrayOutputStream(1 << 16);
                var w = new JsonText(bytes, fallback);
                w.depth = level;
                w.entries(all.subList(from, to).iterator(), to - from, false);
                w.flush();
                return bytes.toByteArray();
            });
            var thread = new Thread(task, "vico-json-" + p);
            thread.setDaemon(true);
            thread.start();
            rest.add(task);
        }
        int firstEnd = (int) ((long) n / parts);
        entries(all.subList(0, firstEnd).iterator(), firstEnd, true);
        for (var task : rest) {
            byte[] part;
            try {
                part = task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing JSON");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
            flush();
            out.write(part);
        }
    }

    private void array(List<?> l) throws IOException {
        if (l.isEmpty()) {
            ascii("[ ]");
            return;
        }
        ascii("[ ");
        boolean first = true;
        for (Object x : l) {
            if (!first) {
                ascii(", ");
            }
            first = false;
            value(x);
        }
        ascii(" ]");
    }

    private void number(double d) throws IOException {
        if (Double.isFinite(d)) {
            ascii(NumberOutput.toString(d, true));
        } else {
            // as Jackson writes them by default: quoted names, since JSON has no such numbers
            string(Double.toString(d));
        }
    }

    private void newline() throws IOException {
        ensure(1 + 2 * depth);
        buf[pos++] = '\n';
        for (int i = 0; i < depth; i++) {
            buf[pos++] = ' ';
            buf[pos++] = ' ';
        }
    }

    private void string(String s) throws IOException {
        int n = s.length();
        ensure(n * 6 + 2); // the longest escape, \\uXXXX, is six bytes per char; UTF-8 needs at most three
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    b[p++] = '\\';
                }
                b[p++] = (byte) c;
            } else if (c < 0x20) {
                b[p++] = '\\';
                switch (c) {
                    case '\n' -> b[p++] = 'n';
                    case '\r' -> b[p++] = 'r';
                    case '\t' -> b[p++] = 't';
                    case '\b' -> b[p++] = 'b';
                    case '\f' -> b[p++] = 'f';
                    default -> {
                        b[p++] = 'u';
                        b[p++] = '0';
                        b[p++] = '0';
                        b[p++] = HEX[c >> 4];
                        b[p++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // an unpaired surrogate has no UTF-8 form: written escaped, as the JSON text of that char
                b[p++] = '\\';
                b[p++] = 'u';
                b[p++] = HEX[c >> 12];
                b[p++] = HEX[(c >> 8) & 0xF];
                b[p++] = HEX[(c >> 4) & 0xF];
                b[p++] = HEX[c & 0xF];
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[p++] = '"';
        pos = p;
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private void ascii(String s) throws IOException {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void put(char c) throws IOException {
        ensure(1);
        buf[pos++] = (byte) c;
    }

    private void ensure(int more) throws IOException {
        if (pos + more <= buf.length) {
            return;
        }
        flush();
        if (more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(more, buf.length * 2));
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }
}
