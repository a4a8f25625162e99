package nl.vico.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvParserTest {
    private static List<String> values(CsvRow row) {
        return row.fields().stream().map(CsvField::value).toList();
    }

    @Test
    void quotedValues_holdCommasDoubledQuotesAndLineBreaks() {
        CsvDocument doc = CsvParser.parse("id,name\n\"a\",\"Smit, J.\"\nb,\"say \"\"hi\"\"\"\nc,\"two\nlines\"\nd,x\n");
        assertThat(doc.errors()).isEmpty();
        assertThat(doc.rows()).hasSize(5);
        assertThat(values(doc.rows().get(1))).containsExactly("a", "Smit, J.");
        assertThat(values(doc.rows().get(2))).containsExactly("b", "say \"hi\"");
        assertThat(values(doc.rows().get(3))).containsExactly("c", "two\nlines");
        // the record after a two-line value starts on physical line 6
        assertThat(doc.rows().get(3).line()).isEqualTo(4);
        assertThat(doc.rows().get(4).line()).isEqualTo(6);
        assertThat(doc.rows().get(1).fields().get(1).quoted()).isTrue();
        assertThat(doc.rows().get(4).fields().get(1).quoted()).isFalse();
    }

    @Test
    void lineEnds_crlfLfAndLoneCr_readAlike() {
        CsvDocument lf = CsvParser.parse("a,b\n1,2\n\"x\ny\",3\n");
        CsvDocument crlf = CsvParser.parse("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n");
        CsvDocument cr = CsvParser.parse("a,b\r1,2\r\"x\ry\",3\r");
        for (CsvDocument doc : List.of(lf, crlf, cr)) {
            assertThat(doc.rows()).extracting(CsvParserTest::values)
                    .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("x\ny", "3"));
            assertThat(doc.rows()).extracting(CsvRow::line).containsExactly(1, 2, 3);
        }
    }

    @Test
    void lastLine_withoutLineEnd_isARecord_andEmptyValuesStay() {
        CsvDocument doc = CsvParser.parse("a,b,c\n1,,\n,,3");
        assertThat(doc.rows()).extracting(CsvParserTest::values)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "", ""), List.of("", "", "3"));
    }

    @Test
    void blankLine_isABlankRecord() {
        CsvDocument doc = CsvParser.parse("a,b\n\n , \n1,2\n");
        assertThat(doc.rows()).hasSize(4);
        assertThat(doc.rows().get(1).isBlank()).isTrue();
        assertThat(doc.rows().get(2).isBlank()).isTrue();
        assertThat(doc.rows().get(3).isBlank()).isFalse();
        assertThat(doc.rows().get(3).line()).isEqualTo(4);
    }

    @Test
    void spacesAroundAQuotedValue_areAllowed() {
        CsvDocument doc = CsvParser.parse("a, \"b, c\" ,d\n");
        assertThat(doc.errors()).isEmpty();
        assertThat(values(doc.rows().get(0))).containsExactly("a", "b, c", "d");
    }

    @Test
    void quoteInsideAnUnquotedValue_isKeptAsWritten() {
        CsvDocument doc = CsvParser.parse("id,name\n1,Cafe \"De Hoek\"\n");
        assertThat(doc.errors()).isEmpty();
        assertThat(values(doc.rows().get(1))).containsExactly("1", "Cafe \"De Hoek\"");
    }

    @Test
    void unclosedQuote_isAnErrorAtTheLineAndColumnWhereItOpens() {
        CsvDocument doc = CsvParser.parse("id,name\n1,ok\n2,\"never closed\n3,x\n");
        assertThat(doc.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.message()).contains("never closed");
        });
    }

    @Test
    void textAfterClosingQuote_isAnError() {
        CsvDocument doc = CsvParser.parse("id,name\n1,\"Smit\" J.\n");
        assertThat(doc.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(2);
        });
    }

    @Test
    void utf8_bomIsDropped_andTextDecoded() {
        byte[] bytes = "\uFEFFid,naam\n1,Café\n".getBytes(StandardCharsets.UTF_8);
        Utf8Text.Decoded d = Utf8Text.decode(bytes);
        assertThat(d.ok()).isTrue();
        assertThat(d.text()).isEqualTo("id,naam\n1,Café\n");
    }

    @Test
    void utf16_isRecognisedByItsBom() {
        byte[] bytes = "\uFEFFid\n".getBytes(StandardCharsets.UTF_16LE);
        Utf8Text.Decoded d = Utf8Text.decode(bytes);
        assertThat(d.ok()).isFalse();
        assertThat(d.error().message()).contains("UTF-16");
        assertThat(d.error().fix()).contains("save it as UTF-8");
        assertThat(Utf8Text.decode("\uFEFFid\n".getBytes(StandardCharsets.UTF_16BE)).error().message()).contains("UTF-16");
        assertThat(Utf8Text.decode("id\n".getBytes(StandardCharsets.UTF_16LE)).error().fix()).contains("save it as UTF-8");
    }

    @Test
    void invalidByte_isLocatedByLineAndValueNumber() {
        // "Café" in Windows-1252: é is the single byte 0xE9, in the third value of the record starting on line 3
        byte[] head = "id,name,city\n1,a,b\n2,\"x,\ny\",Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Utf8Text.Decoded d = Utf8Text.decode(bytes);
        assertThat(d.ok()).isFalse();
        // the quoted value "x,\ny" spans lines 3-4; its comma is not a separator; the bad byte is on line 4, column 3
        assertThat(d.error().line()).isEqualTo(4);
        assertThat(d.error().column()).isEqualTo(3);
        assertThat(d.error().message()).contains("0xE9");
    }
}
