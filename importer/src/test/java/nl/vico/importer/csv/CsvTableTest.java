package nl.vico.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static CsvTable parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvTable.parse(bytes, Utf8Text.start(bytes));
    }

    @Test
    void unquotedValues_areByteRangesOfTheFile() {
        CsvTable t = parse("id,kind\na1, trusts \n");
        assertThat(t.rows()).isEqualTo(2);
        assertThat(t.size(1)).isEqualTo(2);
        // "id,kind\n" is 8 bytes: a1 starts at 8, " trusts " at 11 and ends before the line break at 19
        assertThat(new int[] {t.start(1, 0), t.end(1, 0), t.start(1, 1), t.end(1, 1)}).containsExactly(8, 10, 11, 19);
        assertThat(t.value(1, 1)).isEqualTo(" trusts ");
        assertThat(t.starts()[t.first(1) + 1]).isEqualTo(11);
        assertThat(t.ascii()).isTrue();
    }

    @Test
    void byteOrderMark_isSkipped_andNonAsciiIsNoticed() {
        CsvTable t = parse("\uFEFFid,name\nb,Bakkerij Zoë\n");
        assertThat(t.value(0, 0)).isEqualTo("id");
        assertThat(t.value(1, 1)).isEqualTo("Bakkerij Zoë");
        assertThat(t.ascii()).isFalse();
    }

    @Test
    void quotedValue_hasNoByteRange_andLaterValuesKnowTheirLine() {
        CsvTable t = parse("a,b,c\n\"x\ny\nz\",w,\"v\"\nlast,1,2\n");
        assertThat(t.start(1, 0)).isEqualTo(-1);
        assertThat(t.quoted(1, 0)).isTrue();
        assertThat(t.value(1, 0)).isEqualTo("x\ny\nz");
        // the record starts on line 2; its quoted first value spans lines 2 to 4
        assertThat(new int[] {t.line(1), t.line(1, 0), t.line(1, 1), t.line(1, 2)}).containsExactly(2, 2, 4, 4);
        assertThat(t.line(2)).isEqualTo(5);
        assertThat(t.isBlank(1, 1)).isFalse();
    }

    @Test
    void blankValues_areBlankAsStringIsBlankSaysIt() {
        // a tab and an ideographic space (U+3000) are blanks; a no-break space (U+00A0) is not
        CsvTable t = parse("a,b,c\n\t,\u3000,\u00a0\n");
        assertThat(t.isBlank(1, 0)).isTrue();
        assertThat(t.isBlank(1, 1)).isTrue();
        assertThat(t.isBlank(1, 2)).isFalse();
        assertThat(t.isBlank(1)).isFalse();
    }

    @Test
    void manyRecords_growTheTable() {
        StringBuilder text = new StringBuilder("n\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append('\n');
        }
        CsvTable t = parse(text.toString());
        assertThat(t.rows()).isEqualTo(5001);
        assertThat(t.value(5000, 0)).isEqualTo("4999");
        assertThat(t.line(5000)).isEqualTo(5001);
    }

    @Test
    void check_needsNoDecodingForAscii_butStillSeesZeroBytesAndBadBytes() {
        assertThat(Utf8Text.check("id\n1\n".getBytes(StandardCharsets.US_ASCII), true)).isNull();
        // "id" in UTF-16 without a byte order mark: ASCII bytes all, but a zero among the first four
        assertThat(Utf8Text.check("id\n".getBytes(StandardCharsets.UTF_16LE), true).message()).contains("zero byte");
        assertThat(Utf8Text.check(new byte[] {'a', (byte) 0xE9, '\n'}, false).message()).contains("0xE9");
        assertThat(Utf8Text.check("Zoë\n".getBytes(StandardCharsets.UTF_8), false)).isNull();
    }
}
