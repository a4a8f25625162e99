package nl.vico.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

import nl.vico.importer.csv.CsvError;
import nl.vico.importer.csv.CsvTable;
import nl.vico.importer.csv.Utf8Text;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Codes;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import nl.vico.model.TieTable;

/**
 * Reads a dataset folder of UTF-8 CSV files into a {@link Dataset}, checking all of it first.
 *
 * <p>The format: {@code actors.csv} (required) with {@code id,name,type,neighbourhood,formal,newcomer};
 * optional {@code ties.csv} with {@code source,target,kind,weight,directed}, {@code consortia.csv} with
 * {@code id,name,task,neighbourhood,municipality_role}, {@code members.csv} with
 * {@code consortium,actor,role,budget_share} and {@code neighbourhoods.csv} with {@code id,name,residents}.
 * Each file has a header row; columns may come in any order; only {@code actors.csv}'s {@code id} and
 * {@code type}, {@code ties.csv}'s {@code source}, {@code target} and {@code kind}, {@code members.csv}'s
 * {@code consortium} and {@code actor}, and the {@code id} of consortia and neighbourhoods are required.
 * Further columns of {@code actors.csv} are kept as actor attributes in file order; further columns of
 * the other files are ignored, unless their name looks like a misspelt column. Surrounding blanks of
 * every value are ignored; blank lines are skipped. Codes are read as {@link Codes#normalise} says.
 * Defaults: {@code formal} by the actor's type, {@code newcomer} false, {@code weight} 1,
 * {@code directed} by the tie's kind. When {@code neighbourhoods.csv} lists neighbourhoods, the
 * neighbourhood of an actor or consortium must be one of them.
 *
 * <p>Nothing stops at the first problem: every problem of every file is collected and, if there is any,
 * the whole dataset is refused with a {@link DatasetException}. Reading never writes anything.
 *
 * <p>Cost: linear in the size of the files (an unknown id's suggestion scans the ids; at most
 * {@value #MAX_SUGGESTIONS} such scans per dataset). The files are read as bytes ({@link CsvTable}); a
 * tie row whose values are plain (unquoted ASCII, see {@link QuickValues}) is read straight from them
 * without a string per value, every other row the general way that checks and words each problem. While
 * the actors are read, another thread parses ties.csv and then hashes the files; from
 * {@value #SPLIT_ROWS} tie rows on, a third reads the second half of the ties. The heap holds the files'
 * bytes, 8 bytes per value of each file, and the network (see {@link StakeholderNetwork}).
 */
public final class DatasetReader {
    public static final String ACTORS = "actors.csv";
    public static final String TIES = "ties.csv";
    public static final String CONSORTIA = "consortia.csv";
    public static final String MEMBERS = "members.csv";
    public static final String NEIGHBOURHOODS = "neighbourhoods.csv";
    /** The files of the format, in the order problems are reported. */
    public static final List<String> FILES = List.of(ACTORS, TIES, CONSORTIA, MEMBERS, NEIGHBOURHOODS);

    static final int MAX_SUGGESTIONS = 200;
    /** From this many tie rows on, the reader reads the second half on another thread. */
    static final int SPLIT_ROWS = 20_000;

    private static final Map<String, FileSpec> SPECS = Map.of(
            ACTORS, new FileSpec(ACTORS, List.of("id", "name", "type", "neighbourhood", "formal", "newcomer"), Set.of("id", "type")),
            TIES, new FileSpec(TIES, List.of("source", "target", "kind", "weight", "directed"), Set.of("source", "target", "kind")),
            CONSORTIA, new FileSpec(CONSORTIA, List.of("id", "name", "task", "neighbourhood", "municipality_role"), Set.of("id")),
            MEMBERS, new FileSpec(MEMBERS, List.of("consortium", "actor", "role", "budget_share"), Set.of("consortium", "actor")),
            NEIGHBOURHOODS, new FileSpec(NEIGHBOURHOODS, List.of("id", "name", "residents"), Set.of("id")));

    /** The number formats, compiled when a value is not plain enough for the quick way (see {@link QuickValues}). */
    private static final class Formats {
        static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
        static final Pattern WHOLE = Pattern.compile("\\d+");
        static final Pattern GROUPED_WHOLE = Pattern.compile("\\d{1,3}([., ]\\d{3})+");
    }

    private static final String BOOLEANS = "true/false, yes/no, 1/0 or ja/nee";

    private DatasetReader() {
    }

    /**
     * Reads and checks the dataset in {@code dir}; the network is named after the folder.
     *
     * @throws DatasetException with every problem found, when there is any
     */
    public static Dataset read(Path dir) {
        return new Reading(dir).run();
    }

    private record FileSpec(String file, List<String> columns, Set<String> required) {
        String header() {
            return String.join(",", columns);
        }
    }

    /** A file's header and non-blank data rows. */
    private static final class Table {
        final String file;
        final FileSpec spec;
        final CsvTable csv;
        final int headerLine;
        final List<String> headerNames = new ArrayList<>();
        final Map<String, Integer> known = new HashMap<>();
        /** Columns kept as attributes (actors.csv only), by index, in file order. */
        final List<Integer> attributes = new ArrayList<>();
        /** The records of the non-blank data rows, in file order. */
        int[] rows = new int[16];
        int rowCount;

        Table(FileSpec spec, CsvTable csv, int headerLine) {
            this.file = spec.file();
            this.spec = spec;
            this.csv = csv;
            this.headerLine = headerLine;
        }

        boolean has(String column) {
            return known.containsKey(column);
        }

        /** The column's position in the header, or -1 when the header lacks it. */
        int index(String column) {
            Integer i = known.get(column);
            return i == null ? -1 : i;
        }

        void addRow(int record) {
            if (rowCount == rows.length) {
                rows = Arrays.copyOf(rows, rowCount * 2);
            }
            rows[rowCount++] = record;
        }
    }

    /** One data row, with its values looked up by column name; {@link #at} moves it to another row. */
    private static final class Row {
        final Table table;
        final CsvTable csv;
        int record;
        int size;
        boolean complete;
        boolean ok;

        Row(Table table) {
            this.table = table;
            this.csv = table.csv;
        }

        Row at(int record) {
            this.record = record;
            this.size = csv.size(record);
            this.complete = size == table.headerNames.size();
            this.ok = true;
            return this;
        }

        String get(String column) {
            Integer i = table.known.get(column);
            return i == null || i >= size ? "" : value(i);
        }

        /** The value in the column at {@code index} (-1 for a column the header lacks), as {@link #get}. */
        String valueAt(int index) {
            return index < 0 || index >= size ? "" : value(index);
        }

        /** The value without surrounding blanks ({@link String#strip()}); ASCII blanks are cut off the bytes. */
        private String value(int i) {
            int s = csv.start(record, i);
            if (s < 0) {
                return csv.value(record, i).strip();
            }
            byte[] d = csv.bytes();
            int e = csv.end(record, i);
            while (s < e && CsvTable.isAsciiWhitespace(d[s])) {
                s++;
            }
            while (e > s && CsvTable.isAsciiWhitespace(d[e - 1])) {
                e--;
            }
            if (s == e) {
                return "";
            }
            String v = new String(d, s, e - s, StandardCharsets.UTF_8);
            // a value that begins or ends with a non-ASCII character may still have Unicode blanks there
            return d[s] < 0 || d[e - 1] < 0 ? v.strip() : v;
        }

        int line(String column) {
            Integer i = table.known.get(column);
            return i == null || i >= size ? csv.line(record) : csv.line(record, i);
        }

        int column(String column) {
            Integer i = table.known.get(column);
            return i == null ? 1 : i + 1;
        }
    }

    /**
     * Parses ties.csv and then hashes every file, on a thread of its own, while the reader goes through
     * the other files. Reads only the bytes, which nobody changes once read.
     */
    private static final class Background extends Thread {
        private final FutureTask<CsvTable> ties;
        private final FutureTask<String> hash;

        Background(byte[] tieBytes, Map<String, byte[]> contents) {
            super("vico-dataset-reader");
            setDaemon(true);
            this.ties = new FutureTask<>(new Callable<CsvTable>() {
                @Override
                public CsvTable call() {
                    return tieBytes == null ? null : CsvTable.parse(tieBytes, Utf8Text.start(tieBytes));
                }
            });
            this.hash = new FutureTask<>(new Callable<String>() {
                @Override
                public String call() {
                    return Reading.hash(contents);
                }
            });
        }

        @Override
        public void run() {
            ties.run();
            hash.run();
        }

        CsvTable ties() {
            return await(ties);
        }

        String hash() {
            return await(hash);
        }

        static <T> T await(FutureTask<T> task) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the dataset", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The state of one read: the problems found so far and what is known of each file. */
    private static final class Reading {
        private final Path dir;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, byte[]> contents = new LinkedHashMap<>();
        private final Map<String, Table> tables = new HashMap<>();
        private int suggestionsLeft = MAX_SUGGESTIONS;
        private boolean dutch;
        /** Actor types by their spelling in the file, once parsed (a file spells a type the same way many times). */
        private final Map<String, ActorType> types = new HashMap<>();
        private final Map<String, String> hoods = new HashMap<>();

        Reading(Path dir) {
            this.dir = dir;
        }

        Dataset run() {
            if (!Files.isDirectory(dir)) {
                String what = Files.exists(dir) ? "is not a folder" : "does not exist";
                throw new DatasetException(dir, List.of(new Problem(String.valueOf(dir), 1, 1, "the dataset folder " + what,
                        "give the path of a folder that holds actors.csv (and optionally ties.csv, consortia.csv,"
                                + " members.csv, neighbourhoods.csv)")));
            }
            for (String file : FILES) {
                Path path = dir.resolve(file);
                if (Files.isRegularFile(path)) {
                    try {
                        contents.put(file, Files.readAllBytes(path));
                    } catch (IOException e) {
                        problem(file, 1, 1, null, "the file cannot be read (" + e.getMessage() + ")",
                                "check that it exists and that you may read it");
                    }
                }
            }
            if (!contents.containsKey(ACTORS) && problems.isEmpty()) {
                problem(ACTORS, 1, 1, null, "the dataset has no actors.csv",
                        "add actors.csv with the header " + SPECS.get(ACTORS).header() + " and one row per actor");
            }
            checkStrayFiles();
            // ties.csv, usually the largest file by far, is parsed and every file hashed on a thread of
            // their own meanwhile; problems do not depend on the order files are looked at (they are sorted)
            Background background = new Background(contents.get(TIES), contents);
            background.start();
            for (String file : FILES) {
                byte[] bytes = contents.get(file);
                if (bytes != null && !file.equals(TIES)) {
                    Table t = table(SPECS.get(file), bytes, null);
                    if (t != null) {
                        tables.put(file, t);
                    }
                }
            }
            var neighbourhoods = readNeighbourhoods();
            var actors = readActors(neighbourhoods);
            if (contents.containsKey(TIES)) {
                Table t = table(SPECS.get(TIES), contents.get(TIES), background.ties());
                if (t != null) {
                    tables.put(TIES, t);
                }
            }
            TieTable ties = readTies(actors);
            var consortia = readConsortia(neighbourhoods);
            var memberships = readMembers(actors, consortia);
            if (!problems.isEmpty()) {
                problems.sort(ORDER);
                throw new DatasetException(dir, problems);
            }
            String name = dir.toAbsolutePath().normalize().getFileName() == null
                    ? "dataset" : dir.toAbsolutePath().normalize().getFileName().toString();
            var network = new StakeholderNetwork(name, actors.values, ties, consortia.values, memberships,
                    neighbourhoods.values);
            return new Dataset(network, dutch, background.hash());
        }

        // ---- files ---------------------------------------------------------------------------------

        /** A .csv file whose name is close to a file of the format that is missing is most likely misnamed. */
        private void checkStrayFiles() {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (FILES.contains(name)) {
                        continue;
                    }
                    for (String expected : FILES) {
                        if (!contents.containsKey(expected)
                                && (lower.equals(expected) || Codes.editDistance(lower, expected) <= 2)) {
                            problem(name, 1, 1, null, "the file name is not one of the format's files (did you mean "
                                            + expected + "?)",
                                    "rename it to " + expected + " (the files are " + String.join(", ", FILES) + ")");
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                problem(String.valueOf(dir), 1, 1, null, "the folder cannot be listed (" + e.getMessage() + ")",
                        "check that you may read it");
            }
        }

        /** The file's table, from its bytes or as already {@code parsed} from them; null after a problem that stops it. */
        private Table table(FileSpec spec, byte[] bytes, CsvTable parsed) {
            String file = spec.file();
            CsvTable doc = parsed != null ? parsed : CsvTable.parse(bytes, Utf8Text.start(bytes));
            CsvError encoding = Utf8Text.check(bytes, doc.ascii());
            if (encoding != null) {
                problem(file, encoding.line(), encoding.column(), null, encoding.message(), encoding.fix());
                return null;
            }
            int rows = doc.rows();
            int first = 0;
            while (first < rows && doc.isBlank(first)) {
                first++;
            }
            if (first == rows) {
                String fix = "write the header " + spec.header() + " on its first line"
                        + (file.equals(ACTORS) ? " and a row per actor below it" : ", or delete the file");
                problem(file, 1, 1, null, "the file is empty", fix);
                return null;
            }
            Table t = new Table(spec, doc, doc.line(first));
            for (CsvError e : doc.errors()) {
                problem(file, e.line(), e.column(), null, e.message(), e.fix());
            }
            readHeader(t, first);
            for (int i = first + 1; i < rows; i++) {
                if (!doc.isBlank(i)) {
                    t.addRow(i);
                }
            }
            checkUnnamedColumns(t);
            return t;
        }

        private void readHeader(Table t, int header) {
            CsvTable csv = t.csv;
            int headerLine = csv.line(header);
            Map<String, Integer> seen = new HashMap<>();
            List<String> normalised = new ArrayList<>();
            for (int i = 0; i < csv.size(header); i++) {
                normalised.add(Codes.normalise(csv.value(header, i)));
            }
            for (int i = 0; i < csv.size(header); i++) {
                String name = csv.value(header, i).strip();
                t.headerNames.add(name);
                String norm = Codes.normalise(name);
                if (norm.isEmpty()) {
                    continue;
                }
                Integer before = seen.putIfAbsent(norm, i);
                if (before != null) {
                    problem(t.file, headerLine, i + 1, name, "column \"" + name + "\" appears twice in the header"
                            + " (first as column " + (before + 1) + ")", "remove or rename one of the two columns");
                    continue;
                }
                if (t.spec.columns().contains(norm)) {
                    t.known.put(norm, i);
                    continue;
                }
                String near = misspeltColumn(norm, t.spec, normalised);
                if (near != null) {
                    problem(t.file, headerLine, i + 1, name, "column \"" + name + "\" is not a column of " + t.file
                            + " (did you mean \"" + near + "\"?)", "rename it to " + near + "; the columns of " + t.file
                            + " are " + t.spec.header());
                } else if (t.file.equals(ACTORS)) {
                    t.attributes.add(i);
                }
            }
            for (String required : t.spec.columns()) {
                if (t.spec.required().contains(required) && !t.has(required)) {
                    problem(t.file, headerLine, 1, null, "the header has no column \"" + required + "\"",
                            "add the column " + required + "; the header of " + t.file + " is " + t.spec.header()
                                    + " (required: " + String.join(", ", t.spec.columns().stream()
                                    .filter(t.spec.required()::contains).toList()) + ")");
                }
            }
        }

        /** The format's column that {@code norm} is a plausible misspelling of, when that column is absent. */
        private static String misspeltColumn(String norm, FileSpec spec, List<String> header) {
            for (String c : spec.columns()) {
                int d = Codes.editDistance(norm, c);
                boolean present = header.contains(c);
                if (!present && d >= 1 && d <= Math.max(1, c.length() / 3)) {
                    return c;
                }
            }
            return null;
        }

        private void checkUnnamedColumns(Table t) {
            for (int i = 0; i < t.headerNames.size(); i++) {
                if (!t.headerNames.get(i).isEmpty()) {
                    continue;
                }
                for (int k = 0; k < t.rowCount; k++) {
                    int r = t.rows[k];
                    if (i < t.csv.size(r) && !t.csv.isBlank(r, i)) {
                        problem(t.file, t.csv.line(r, i), i + 1, null,
                                "a value in a column that has no name in the header",
                                "give column " + (i + 1) + " a name in the header, or delete the column");
                        break;
                    }
                }
            }
        }

        // ---- neighbourhoods ------------------------------------------------------------------------

        /** Values read from one file, with the line each id was first seen on. */
        private static final class Read<T> {
            final List<T> values = new ArrayList<>();
            final Map<String, Integer> lines = new LinkedHashMap<>();
            /** Whether ids of this file can be checked against: its file was readable with an id column. */
            boolean checkable;
            private IdTable ids;

            /** The ids in first-seen order: when the file has no problem, an id's position is its value's. */
            IdTable ids() {
                if (ids == null) {
                    ids = new IdTable(lines.keySet());
                }
                return ids;
            }

            /**
             * The id as this file spelt it, the very string its value holds: references to it (a
             * member) then share that string instead of holding a copy each.
             */
            String canonical(String id) {
                int i = ids().find(id);
                return i < 0 ? id : ids.id(i);
            }
        }

        private Read<Neighbourhood> readNeighbourhoods() {
            Read<Neighbourhood> read = new Read<>();
            Table t = tables.get(NEIGHBOURHOODS);
            if (t == null || !t.has("id")) {
                return read;
            }
            Row r = new Row(t);
            for (int k = 0; k < t.rowCount; k++) {
                row(r.at(t.rows[k]));
                String id = requireId(r, "id", "neighbourhood", read.lines);
                if (!r.complete) {
                    continue;
                }
                String residentsText = r.get("residents");
                Integer residents = null;
                if (!residentsText.isEmpty()) {
                    residents = wholeNumber(r, "residents", residentsText);
                }
                if (r.ok) {
                    read.values.add(new Neighbourhood(id, nullIfEmpty(r.get("name")), residents));
                }
            }
            read.checkable = !read.lines.isEmpty();
            return read;
        }

        // ---- actors --------------------------------------------------------------------------------

        private Read<Actor> readActors(Read<Neighbourhood> neighbourhoods) {
            Read<Actor> read = new Read<>();
            Table t = tables.get(ACTORS);
            if (t == null || !t.has("id")) {
                return read;
            }
            read.checkable = true;
            int typeColumn = t.index("type");
            int nameColumn = t.index("name");
            int hoodColumn = t.index("neighbourhood");
            int formalColumn = t.index("formal");
            int newcomerColumn = t.index("newcomer");
            Row r = new Row(t);
            for (int k = 0; k < t.rowCount; k++) {
                row(r.at(t.rows[k]));
                String id = requireId(r, "id", "actor", read.lines);
                if (!r.complete) {
                    continue;
                }
                ActorType type = null;
                String typeText = r.valueAt(typeColumn);
                if (t.has("type")) {
                    if (typeText.isEmpty()) {
                        problem(r, "type", "the actor has no type", "give one of " + String.join(", ", ActorType.spellings()));
                    } else {
                        type = types.get(typeText);
                        if (type == null) {
                            type = ActorType.parse(typeText).orElse(null);
                            if (type == null) {
                                unknownCode(r, "type", typeText, "actor type", ActorType.spellings());
                            } else {
                                dutch |= ActorType.isDutchAlias(typeText);
                                types.put(typeText, type);
                            }
                        }
                    }
                }
                String hood = shared(r.valueAt(hoodColumn));
                checkNeighbourhood(r, hood, neighbourhoods);
                Boolean formal = bool(r, "formal", r.valueAt(formalColumn));
                Boolean newcomer = bool(r, "newcomer", r.valueAt(newcomerColumn));
                Map<String, String> attributes = t.attributes.isEmpty() ? Map.of() : new LinkedHashMap<>();
                for (int i : t.attributes) {
                    attributes.put(t.headerNames.get(i), r.valueAt(i));
                }
                if (r.ok && id != null && type != null) {
                    read.values.add(new Actor(id, nullIfEmpty(r.valueAt(nameColumn)), type, nullIfEmpty(hood),
                            formal == null ? type.formalByDefault() : formal, newcomer != null && newcomer, attributes));
                }
            }
            return read;
        }

        /** One string per distinct neighbourhood id of the actors, instead of one per actor. */
        private String shared(String hood) {
            if (hood.isEmpty()) {
                return hood;
            }
            String before = hoods.putIfAbsent(hood, hood);
            return before == null ? hood : before;
        }

        private void checkNeighbourhood(Row r, String hood, Read<Neighbourhood> neighbourhoods) {
            if (!hood.isEmpty() && neighbourhoods.checkable && !neighbourhoods.lines.containsKey(hood)) {
                unknownReference(r, "neighbourhood", hood, "neighbourhood", NEIGHBOURHOODS, neighbourhoods.lines);
            }
        }

        // ---- ties ----------------------------------------------------------------------------------

        /**
         * The ties, by the positions of their actors. A row whose values are plain ASCII and valid is read
         * straight from the bytes (no string per value); any other row goes the way every row went before,
         * with the checks and messages below, which the quick way never overrides: it only accepts.
         */
        private TieTable readTies(Read<Actor> actors) {
            Table t = tables.get(TIES);
            TieTable ties = new TieTable(t == null ? 0 : t.rowCount);
            if (t == null) {
                return ties;
            }
            int source = t.index("source");
            int target = t.index("target");
            int kindColumn = t.index("kind");
            int weightColumn = t.index("weight");
            int directedColumn = t.index("directed");
            IdTable ids = actors.checkable ? actors.ids() : null;
            boolean quick = ids != null && source >= 0 && target >= 0 && kindColumn >= 0;
            int columns = t.headerNames.size();
            CsvTable csv = t.csv;
            // a large file's second half is read on another thread, the quick way only; should any of
            // its rows need the slow way, that half is read again here, after the first, in file order
            int half = quick && t.rowCount >= SPLIT_ROWS ? t.rowCount / 2 : t.rowCount;
            FutureTask<TieTable> second = null;
            if (half < t.rowCount) {
                int[] rows = t.rows;
                int end = t.rowCount;
                second = new FutureTask<>(new Callable<TieTable>() {
                    @Override
                    public TieTable call() {
                        TieTable part = new TieTable(end - half);
                        for (int k = half; k < end; k++) {
                            if (csv.size(rows[k]) != columns || !QuickValues.tie(csv, rows[k], source, target,
                                    kindColumn, weightColumn, directedColumn, ids, part)) {
                                return null;
                            }
                        }
                        return part;
                    }
                });
                Thread thread = new Thread(second, "vico-dataset-reader-ties");
                thread.setDaemon(true);
                thread.start();
            }
            Row r = new Row(t);
            for (int k = 0; k < t.rowCount; k++) {
                if (k == half && second != null) {
                    TieTable part = Background.await(second);
                    if (part != null) {
                        ties.addAll(part);
                        break;
                    }
                }
                int record = t.rows[k];
                if (quick && csv.size(record) == columns
                        && QuickValues.tie(csv, record, source, target, kindColumn, weightColumn, directedColumn, ids, ties)) {
                    continue;
                }
                row(r.at(record));
                if (!r.complete) {
                    continue;
                }
                int s = actorIndex(r, "source", actors);
                int d = actorIndex(r, "target", actors);
                TieKind kind = null;
                String kindText = r.get("kind");
                if (t.has("kind")) {
                    if (kindText.isEmpty()) {
                        problem(r, "kind", "the tie has no kind", "give one of " + String.join(", ", TieKind.spellings()));
                    } else {
                        kind = TieKind.parse(kindText).orElse(null);
                        if (kind == null) {
                            unknownCode(r, "kind", kindText, "tie kind", TieKind.spellings());
                        }
                    }
                }
                double weight = 1.0;
                String weightText = r.get("weight");
                if (!weightText.isEmpty()) {
                    Double w = decimal(r, "weight", weightText, "or leave it empty for 1");
                    if (w != null && !(w > 0)) {
                        problem(r, "weight", "weight " + weightText + " is not greater than 0",
                                "give a weight greater than 0 (leave it empty for 1), or leave the tie out");
                    } else if (w != null) {
                        weight = w;
                    }
                }
                Boolean directed = bool(r, "directed");
                if (r.ok && s >= 0 && d >= 0 && kind != null) {
                    ties.add(s, d, kind, weight, directed == null ? kind.directedByDefault() : directed);
                }
            }
            return ties;
        }

        /**
         * The position of the actor a tie names in {@code column}, as {@link #actorReference} checks it;
         * -1 after a problem, or when actors.csv could not be read (which is a problem of its own).
         */
        private int actorIndex(Row r, String column, Read<Actor> actors) {
            if (!r.table.has(column)) {
                return -1;
            }
            String id = r.get(column);
            if (id.isEmpty()) {
                problem(r, column, "the " + column + " actor is missing", "give the id of an actor from actors.csv");
                return -1;
            }
            if (actors.checkable && !actors.lines.containsKey(id)) {
                unknownReference(r, column, id, "actor", ACTORS, actors.lines);
                return -1;
            }
            return actors.checkable ? actors.ids().find(id) : -1;
        }

        private String actorReference(Row r, String column, Read<Actor> actors) {
            if (!r.table.has(column)) {
                return null;
            }
            String id = r.get(column);
            if (id.isEmpty()) {
                problem(r, column, "the " + column + " actor is missing", "give the id of an actor from actors.csv");
                return null;
            }
            if (actors.checkable && !actors.lines.containsKey(id)) {
                unknownReference(r, column, id, "actor", ACTORS, actors.lines);
                return null;
            }
            return actors.canonical(id);
        }

        // ---- consortia and members -----------------------------------------------------------------

        private Read<Consortium> readConsortia(Read<Neighbourhood> neighbourhoods) {
            Read<Consortium> read = new Read<>();
            Table t = tables.get(CONSORTIA);
            if (t == null || !t.has("id")) {
                read.checkable = !contents.containsKey(CONSORTIA) && !problemsIn(CONSORTIA);
                return read;
            }
            read.checkable = true;
            Row r = new Row(t);
            for (int k = 0; k < t.rowCount; k++) {
                row(r.at(t.rows[k]));
                String id = requireId(r, "id", "consortium", read.lines);
                if (!r.complete) {
                    continue;
                }
                String hood = r.get("neighbourhood");
                checkNeighbourhood(r, hood, neighbourhoods);
                MunicipalRole role = null;
                String roleText = r.get("municipality_role");
                if (!roleText.isEmpty()) {
                    role = MunicipalRole.parse(roleText).orElse(null);
                    if (role == null) {
                        unknownCode(r, "municipality_role", roleText, "municipality role", MunicipalRole.spellings());
                    } else if (isDutchOnly(roleText, role.key(), role.dutch())) {
                        dutch = true;
                    }
                }
                if (r.ok) {
                    read.values.add(new Consortium(id, nullIfEmpty(r.get("name")), nullIfEmpty(r.get("task")),
                            nullIfEmpty(hood), role));
                }
            }
            return read;
        }

        private List<Membership> readMembers(Read<Actor> actors, Read<Consortium> consortia) {
            List<Membership> members = new ArrayList<>();
            Table t = tables.get(MEMBERS);
            if (t == null) {
                return members;
            }
            Map<String, Integer> seen = new HashMap<>();
            Row r = new Row(t);
            for (int k = 0; k < t.rowCount; k++) {
                row(r.at(t.rows[k]));
                if (!r.complete) {
                    continue;
                }
                String consortium = consortiumReference(r, consortia);
                String actor = actorReference(r, "actor", actors);
                if (consortium != null && actor != null) {
                    Integer first = seen.putIfAbsent(consortium + "\u0000" + actor, r.line("actor"));
                    if (first != null) {
                        problem(r, "actor", "actor \"" + actor + "\" is listed twice as member of \"" + consortium
                                + "\" (first on line " + first + ")", "list each member once per consortium");
                    }
                }
                MemberRole role = null;
                String roleText = r.get("role");
                if (!roleText.isEmpty()) {
                    role = MemberRole.parse(roleText).orElse(null);
                    if (role == null) {
                        unknownCode(r, "role", roleText, "member role", MemberRole.spellings());
                    } else if (isDutchOnly(roleText, role.key(), role.dutch())) {
                        dutch = true;
                    }
                }
                Double share = null;
                String shareText = r.get("budget_share");
                if (!shareText.isEmpty()) {
                    share = decimal(r, "budget_share", shareText, "or leave it empty");
                    if (share != null && share < 0) {
                        problem(r, "budget_share", "budget share " + shareText + " is negative",
                                "give a number ≥ 0 (a fraction or an amount in euros), or leave it empty");
                        share = null;
                    }
                }
                if (r.ok && consortium != null && actor != null) {
                    members.add(new Membership(consortium, actor, role, share));
                }
            }
            return members;
        }

        private String consortiumReference(Row r, Read<Consortium> consortia) {
            if (!r.table.has("consortium")) {
                return null;
            }
            String id = r.get("consortium");
            if (id.isEmpty()) {
                problem(r, "consortium", "the consortium is missing", "give the id of a consortium from consortia.csv");
                return null;
            }
            if (!contents.containsKey(CONSORTIA) && consortia.checkable) {
                problem(r, "consortium", "unknown consortium \"" + id + "\": the dataset has no consortia.csv",
                        "add consortia.csv (header " + SPECS.get(CONSORTIA).header() + ") with a row for " + id);
                return null;
            }
            if (consortia.checkable && !consortia.lines.containsKey(id)) {
                unknownReference(r, "consortium", id, "consortium", CONSORTIA, consortia.lines);
                return null;
            }
            return id;
        }

        // ---- values --------------------------------------------------------------------------------

        /** Checks the row's number of values against the header; a problem (and not ok) when they differ. */
        private void row(Row r) {
            Table t = r.table;
            int expected = t.headerNames.size();
            int size = r.size;
            if (size > expected) {
                problem(t.file, t.csv.line(r.record, expected), expected + 1, null,
                        "the row has " + size + " values but the header has " + expected + " columns",
                        "put values that contain a comma in quotes (\"Smit, J.\"), or remove the extra values");
                r.ok = false;
            } else if (size < expected) {
                int line = t.csv.line(r.record, size - 1);
                problem(t.file, line, size + 1, t.headerNames.get(size),
                        "the row has " + size + " values but the header has " + expected + " columns",
                        "add the missing values (an empty value is written as nothing between two commas)");
                r.ok = false;
            }
        }

        /** The row's id, registered with its line; null (and a problem) when empty; a problem when used twice. */
        private String requireId(Row r, String column, String what, Map<String, Integer> lines) {
            String id = r.get(column);
            if (id.isEmpty()) {
                if (r.complete) {
                    problem(r, column, "the " + what + " has no id", "give every " + what + " a unique id");
                }
                return null;
            }
            Integer first = lines.putIfAbsent(id, r.line(column));
            if (first != null) {
                problem(r, column, what + " id \"" + id + "\" is used twice (first on line " + first + ")",
                        "give every " + what + " a unique id, or merge the two rows");
            }
            return id;
        }

        private Boolean bool(Row r, String column) {
            return bool(r, column, r.get(column));
        }

        /** The yes/no value {@code text} read from {@code column}; null when empty or not a yes/no word (a problem). */
        private Boolean bool(Row r, String column, String text) {
            if (text.isEmpty()) {
                return null;
            }
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "ja" -> {
                    return true;
                }
                case "false", "no", "0", "nee" -> {
                    return false;
                }
                default -> {
                    problem(r, column, column + " \"" + text + "\" is not a yes/no value",
                            "write " + BOOLEANS + ", or leave it empty for the default");
                    return null;
                }
            }
        }

        private Double decimal(Row r, String column, String text, String orElse) {
            if (Formats.DECIMAL.matcher(text).matches()) {
                double v = Double.parseDouble(text);
                if (Double.isFinite(v)) {
                    return v;
                }
                problem(r, column, column + " " + text + " is too large", "give a smaller number, " + orElse);
                return null;
            }
            String fix = Formats.DECIMAL_COMMA.matcher(text).matches()
                    ? "write the decimal separator as a point (" + text.replace(',', '.') + "), " + orElse
                    : "write a number such as 2 or 0.5 (decimal point, no units), " + orElse;
            problem(r, column, column + " \"" + text + "\" is not a number", fix);
            return null;
        }

        private Integer wholeNumber(Row r, String column, String text) {
            if (Formats.WHOLE.matcher(text).matches()) {
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException tooLarge) {
                    problem(r, column, column + " " + text + " is too large", "give a whole number up to "
                            + Integer.MAX_VALUE + ", or leave it empty");
                    return null;
                }
            }
            String fix;
            if (Formats.GROUPED_WHOLE.matcher(text).matches()) {
                fix = "write it without thousands separators (" + text.replaceAll("[., ]", "") + ")";
            } else if (text.startsWith("-") && Formats.DECIMAL.matcher(text).matches()) {
                fix = "give a whole number ≥ 0, or leave it empty";
            } else {
                fix = "give a whole number ≥ 0 (digits only), or leave it empty";
            }
            problem(r, column, column + " \"" + text + "\" is not a whole number ≥ 0", fix);
            return null;
        }

        private void unknownCode(Row r, String column, String text, String what, List<String> allowed) {
            Optional<String> near = Codes.nearest(text, allowed);
            String all = String.join(", ", allowed);
            problem(r, column, "unknown " + what + " \"" + text + "\"",
                    near.map(n -> "write \"" + n + "\" (the nearest allowed value) or another of " + all)
                            .orElse("write one of " + all));
        }

        private void unknownReference(Row r, String column, String id, String what, String file,
                                      Map<String, Integer> known) {
            Optional<String> near = Optional.empty();
            if (suggestionsLeft > 0 && !known.isEmpty()) {
                suggestionsLeft--;
                near = nearestId(id, known.keySet());
            }
            problem(r, column, "unknown " + what + " \"" + id + "\"", near
                    .map(n -> "correct it to \"" + n + "\" (the nearest " + what + " id), or add " + id + " to " + file)
                    .orElse("add " + id + " to " + file + ", or correct the id"));
        }

        /** An id that differs only in case or blanks, else the nearest by {@link Codes#nearest}. */
        private static Optional<String> nearestId(String id, Iterable<String> ids) {
            String norm = Codes.normalise(id);
            List<String> all = new ArrayList<>();
            for (String candidate : ids) {
                if (Codes.normalise(candidate).equals(norm)) {
                    return Optional.of(candidate);
                }
                all.add(candidate);
            }
            return Codes.nearest(id, all);
        }

        private static boolean isDutchOnly(String text, String key, String dutchWord) {
            String norm = Codes.normalise(text);
            return norm.equals(dutchWord) && !norm.equals(key);
        }

        private static String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }

        private boolean problemsIn(String file) {
            return problems.stream().anyMatch(p -> p.file().equals(file));
        }

        private void problem(Row r, String column, String message, String fix) {
            r.ok = false;
            Integer i = r.table.known.get(column);
            problem(r.table.file, r.line(column), r.column(column), i == null ? null : r.table.headerNames.get(i),
                    message, fix);
        }

        private void problem(String file, int line, int column, String columnName, String message, String fix) {
            problems.add(new Problem(file, line, column, message, fix, columnName));
        }

        // ---- hash ----------------------------------------------------------------------------------

        private static String hash(Map<String, byte[]> contents) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String file : FILES) {
                    byte[] bytes = contents.get(file);
                    sha.update((file + "\u0000" + (bytes == null ? "-" : bytes.length) + "\u0000")
                            .getBytes(StandardCharsets.UTF_8));
                    if (bytes != null) {
                        sha.update(bytes);
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java 17 runtime must have", e);
            }
        }
    }

    /** File order of {@link #FILES} (other names after them, by name), then line, then column. */
    private static final Comparator<Problem> ORDER = Comparator
            .comparingInt((Problem p) -> FILES.contains(p.file()) ? FILES.indexOf(p.file()) : FILES.size())
            .thenComparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);
}
