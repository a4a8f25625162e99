package nl.vico.importer.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a CSV file's bytes: a UTF-8 byte order mark is dropped, a UTF-16 file is
 * recognised as such, and the first byte that is not UTF-8 is located as {@code line:column} in CSV
 * terms (the column being the number of the value within its record).
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** The outcome of decoding: the text, or the error that kept the bytes from being UTF-8. */
    public record Decoded(String text, CsvError error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final String SAVE_AS_UTF8 = "save it as UTF-8 (in Excel: Save As → \"CSV UTF-8 (comma delimited)\";"
            + " in LibreOffice: character set \"Unicode (UTF-8)\")";

    /** Where the text starts in the bytes: 3 after a UTF-8 byte order mark, else 0. */
    public static int start(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * The error that keeps the bytes from being UTF-8 text, as {@link #decode} reports it, or null when
     * they are. {@code asciiAfterStart}: the caller saw no byte above 0x7F after {@link #start}; such
     * bytes are UTF-8 unless a zero byte at the start says UTF-16 or UTF-32, so they need no decoding.
     */
    public static CsvError check(byte[] bytes, boolean asciiAfterStart) {
        if (asciiAfterStart) {
            boolean zero = false;
            for (int i = 0; i < Math.min(4, bytes.length); i++) {
                zero |= bytes[i] == 0;
            }
            if (!zero) {
                return null;
            }
        }
        return decode(bytes).error();
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new Decoded(null, new CsvError(1, 1, "the file is encoded as UTF-16, not UTF-8", SAVE_AS_UTF8));
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, new CsvError(1, 1,
                        "the file starts with a zero byte, as UTF-16 or UTF-32 text does, not UTF-8", SAVE_AS_UTF8));
            }
        }
        int offset = start(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int bad = in.position();
            int[] where = locate(out);
            String shown = String.format("0x%02X", bytes[bad] & 0xFF);
            return new Decoded(null, new CsvError(where[0], where[1],
                    "byte " + shown + " is not valid UTF-8 (the file seems to use another encoding, such as Windows-1252)",
                    SAVE_AS_UTF8));
        }
        return new Decoded(out.toString(), null);
    }

    /** Line and value number at the end of a valid prefix, following quotes as {@link CsvParser} does. */
    private static int[] locate(CharSequence prefix) {
        int line = 1;
        int column = 1;
        boolean quoted = false;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' || (c == '\r' && (i + 1 == prefix.length() || prefix.charAt(i + 1) != '\n'))) {
                line++;
                if (!quoted) {
                    column = 1;
                }
            } else if (c == ',' && !quoted) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
