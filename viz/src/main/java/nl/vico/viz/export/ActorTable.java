package nl.vico.viz.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.StakeholderNetwork;
import nl.vico.viz.DisplayNames;

/**
 * The actors as a table: the actor's own fields ({@code type, neighbourhood, formal, newcomer}), the
 * extra columns of {@code actors.csv}, then every per-actor value of the report, flattened to scalars.
 *
 * <p>Flattening: a nested map becomes one column per entry, named {@code parent_child}
 * ({@code brokerage_by_type.coordinator} → {@code brokerage_by_type_coordinator}); a list of scalars
 * becomes one string joined by {@code ;}; lists of maps are left out. The report's own {@code name} and
 * {@code type} are left out (the actor's fields say the same). Column types are inferred over all actors:
 * booleans, integers (long when a value exceeds the int range), doubles (also for a mix of integers and
 * doubles), otherwise strings. A missing or {@code null} value stays {@code null} (undefined, never 0).
 *
 * <p>Names never collide: an extra column or metric whose name is already taken, or is one of the names
 * formats reserve ({@code id}, {@code label}, ...), gets the prefix {@code attr_} or {@code metric_}.
 */
final class ActorTable {
    enum ColumnType { STRING, INTEGER, LONG, DOUBLE, BOOLEAN }

    /** Where a column comes from. */
    enum Source { ACTOR, ATTRIBUTE, METRIC }

    record Column(String name, ColumnType type, Source source) {
    }

    private static final Set<String> RESERVED = Set.of("id", "label", "name", "weight", "interval", "timeset",
            "color", "colour", "kind", "directed", "source", "target", "x", "y", "z", "size");

    private final StakeholderNetwork network;
    private final DisplayNames names;
    private final List<Column> columns;
    private final Map<Column, Integer> position = new java.util.HashMap<>();
    private final List<Object[]> rows;

    private ActorTable(StakeholderNetwork network, DisplayNames names, List<Column> columns, List<Object[]> rows) {
        this.network = network;
        this.names = names;
        this.columns = columns;
        this.rows = rows;
        for (int c = 0; c < columns.size(); c++) {
            position.put(columns.get(c), c);
        }
    }

    static ActorTable of(StakeholderNetwork network, AnalysisReport report, DisplayNames names) {
        var values = new LinkedHashMap<String, Object[]>();
        var sources = new LinkedHashMap<String, Source>();
        int n = network.size();
        column(values, sources, "type", Source.ACTOR, n);
        column(values, sources, "neighbourhood", Source.ACTOR, n);
        column(values, sources, "formal", Source.ACTOR, n);
        column(values, sources, "newcomer", Source.ACTOR, n);
        for (int i = 0; i < n; i++) {
            Actor a = network.actor(i);
            values.get("type")[i] = a.type().key();
            values.get("neighbourhood")[i] = a.neighbourhood();
            values.get("formal")[i] = a.formal();
            values.get("newcomer")[i] = a.newcomer();
        }
        // per-actor report values, flattened; metrics keep their report names, which scripts rely on
        var flatRows = new ArrayList<Map<String, Object>>(n);
        var metricKeys = new LinkedHashMap<String, String>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = report.actors().get(network.actor(i).id());
            var flat = new LinkedHashMap<String, Object>();
            if (row != null) {
                row.forEach((k, v) -> {
                    if (!k.equals("name") && !k.equals("type")) {
                        flatten(k, v, flat);
                    }
                });
            }
            flat.keySet().forEach(k -> metricKeys.computeIfAbsent(k, x -> free(x, "metric_", values.keySet(), List.of())));
            flatRows.add(flat);
        }
        // extra columns of actors.csv, renamed when a metric or a reserved name has their name
        var attributeNames = new LinkedHashMap<String, String>();
        for (Actor a : network.actors()) {
            for (String key : a.attributes().keySet()) {
                attributeNames.computeIfAbsent(key, k -> free(k, "attr_", values.keySet(),
                        union(metricKeys.values(), attributeNames.values())));
            }
        }
        attributeNames.values().forEach(name -> column(values, sources, name, Source.ATTRIBUTE, n));
        for (int i = 0; i < n; i++) {
            for (var e : network.actor(i).attributes().entrySet()) {
                values.get(attributeNames.get(e.getKey()))[i] = e.getValue();
            }
        }
        metricKeys.values().forEach(name -> column(values, sources, name, Source.METRIC, n));
        for (int i = 0; i < n; i++) {
            for (var e : flatRows.get(i).entrySet()) {
                values.get(metricKeys.get(e.getKey()))[i] = e.getValue();
            }
        }
        var columns = new ArrayList<Column>();
        values.forEach((name, vals) -> columns.add(new Column(name, infer(vals), sources.get(name))));
        var rows = new ArrayList<Object[]>(n);
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[columns.size()];
            int c = 0;
            for (Object[] vals : values.values()) {
                row[c++] = vals[i];
            }
            rows.add(row);
        }
        return new ActorTable(network, names, Collections.unmodifiableList(columns), rows);
    }

    private static void column(Map<String, Object[]> values, Map<String, Source> sources, String name, Source source,
                               int n) {
        values.put(name, new Object[n]);
        sources.put(name, source);
    }

    private static String free(String wanted, String prefix, Set<String> taken, java.util.Collection<String> alsoTaken) {
        String name = wanted;
        while (RESERVED.contains(name.toLowerCase(Locale.ROOT)) || taken.contains(name) || alsoTaken.contains(name)) {
            name = prefix + name;
        }
        return name;
    }

    private static Set<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        var set = new java.util.HashSet<String>(a);
        set.addAll(b);
        return set;
    }

    private static void flatten(String key, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key + "_" + k, v, out));
        } else if (value instanceof List<?> list) {
            if (list.stream().allMatch(ActorTable::isScalar)) {
                out.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(";")));
            }
        } else if (value == null || isScalar(value)) {
            out.put(key, value);
        } else {
            out.put(key, String.valueOf(value));
        }
    }

    private static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character;
    }

    private static ColumnType infer(Object[] values) {
        boolean any = false;
        boolean allBoolean = true;
        boolean allIntegral = true;
        boolean allNumber = true;
        boolean fitsInt = true;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            any = true;
            allBoolean &= v instanceof Boolean;
            boolean integral = v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    || (v instanceof BigInteger b && b.bitLength() < 64);
            allIntegral &= integral;
            allNumber &= v instanceof Number && !(v instanceof BigInteger b2 && b2.bitLength() >= 64);
            if (integral) {
                long l = ((Number) v).longValue();
                fitsInt &= l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
            }
        }
        if (!any) {
            return ColumnType.STRING;
        }
        if (allBoolean) {
            return ColumnType.BOOLEAN;
        }
        if (allIntegral) {
            return fitsInt ? ColumnType.INTEGER : ColumnType.LONG;
        }
        return allNumber ? ColumnType.DOUBLE : ColumnType.STRING;
    }

    StakeholderNetwork network() {
        return network;
    }

    List<Column> columns() {
        return columns;
    }

    /** The columns of one source, in table order. */
    List<Column> columns(Source source) {
        return columns.stream().filter(c -> c.source() == source).toList();
    }

    /** The display name of actor {@code i} (pseudonymised where asked). */
    String label(int actor) {
        return names.nameOf(network.actor(actor));
    }

    /** The value of a column for an actor, or {@code null}. */
    Object value(int actor, Column column) {
        return rows.get(actor)[position.get(column)];
    }

    /** The value as text in the column's type, or {@code null} when undefined. */
    String text(int actor, Column column) {
        Object v = value(actor, column);
        if (v == null) {
            return null;
        }
        return switch (column.type()) {
            case BOOLEAN -> v.toString();
            case INTEGER, LONG -> Long.toString(((Number) v).longValue());
            case DOUBLE -> number((Number) v);
            case STRING -> String.valueOf(v);
        };
    }

    /** A number as the shortest text that reads back to the same double ({@code 0.25}, {@code 1.0E-5}). */
    static String number(Number n) {
        if (n instanceof BigDecimal b) {
            return b.toString();
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return Long.toString(n.longValue()) + ".0";
        }
        return Double.toString(n.doubleValue());
    }
}
