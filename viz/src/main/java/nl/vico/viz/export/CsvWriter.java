package nl.vico.viz.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one row per actor as RFC 4180 CSV (comma separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled): {@code id, name, type, neighbourhood, formal, newcomer} and
 * then every scalar metric of the report (the extra columns of {@code actors.csv} are input, not metrics,
 * and are left out). An undefined value is an empty cell.
 *
 * <p>Safe to open in a spreadsheet: a text cell that starts with {@code = + - @}, a tab or a carriage return
 * would be run as a formula (CSV injection, OWASP), so it gets a leading apostrophe — except a cell that is
 * just a number, such as {@code -0.5}.
 */
final class CsvWriter {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvWriter() {
    }

    static void write(ActorTable table, Writer out) throws IOException {
        var network = table.network();
        var columns = new ArrayList<ActorTable.Column>();
        columns.addAll(table.columns(ActorTable.Source.ACTOR));
        columns.addAll(table.columns(ActorTable.Source.METRIC));
        var header = new ArrayList<String>(List.of("id", "name"));
        columns.forEach(c -> header.add(c.name()));
        row(out, header);
        for (int i = 0; i < network.size(); i++) {
            var cells = new ArrayList<String>(header.size());
            cells.add(network.actor(i).id());
            cells.add(table.label(i));
            for (var c : columns) {
                String text = table.text(i, c);
                cells.add(text == null ? "" : text);
            }
            row(out, cells);
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: defused against formula injection, then quoted where RFC 4180 needs it. */
    static String cell(String value) {
        String v = defuse(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    static String defuse(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
