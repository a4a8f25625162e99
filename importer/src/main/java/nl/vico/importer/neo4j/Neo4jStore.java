package nl.vico.importer.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import nl.vico.importer.Dataset;
import nl.vico.importer.ImportListener;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.WorkspaceInfo;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Keeps stakeholder networks in Neo4j, one per named workspace, through the Neo4j Java Driver only
 * (an embedded database is reached over Bolt like any server).
 *
 * <h2>Graph model</h2>
 * <ul>
 *   <li>{@code (:Workspace {name, contentHash, source, importedAt, actors, ties, consortia, memberships,
 *       neighbourhoods, formatVersion, dutchAliases})}, one per workspace; {@code dutchAliases} is whether the
 *       imported files spelled codes with their Dutch words (absent in workspaces imported before it existed);</li>
 *   <li>{@code (:Actor {workspace, id, seq, name, type, neighbourhood?, formal, newcomer, attributeKeys?,
 *       attributeValues?, attributeNulls?})}; {@code type} is the English key; attributes are two parallel
 *       lists in file order, with the positions of null values in {@code attributeNulls};</li>
 *   <li>{@code (:Actor)-[:TIE {seq, kind, weight, directed}]->(:Actor)}, one relationship per tie, from
 *       source to target (parallel ties stay separate relationships);</li>
 *   <li>{@code (:Consortium {workspace, id, seq, name, task?, neighbourhood?, municipalityRole?})} and
 *       {@code (:Actor)-[:MEMBER {seq, role?, budgetShare?}]->(:Consortium)};</li>
 *   <li>{@code (:Neighbourhood {workspace, id, seq, name, residents?})}.</li>
 * </ul>
 * {@code seq} is the position in the dataset, so a network reads back in its original order; a
 * property marked {@code ?} is absent when the value is null. Every node but the workspace carries
 * its workspace's name, and {@code (workspace, id)} is unique per label, so workspaces never mix.
 *
 * <h2>Imports</h2>
 * One import is one write transaction: it removes the workspace's previous content, then writes the new
 * content in batched {@code UNWIND} statements. A failure anywhere (an exception, a lost connection, a
 * killed process) rolls the whole transaction back, so the workspace holds either its previous or its
 * new content, never a mix. Importing a dataset whose content hash equals the workspace's writes nothing.
 *
 * <p>The store does not own the driver: the caller closes it. Instances are thread-safe.
 */
public final class Neo4jStore {
    /** Rows per {@code UNWIND} statement. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    /** Version of the graph model above, stored on each workspace node. */
    public static final int FORMAT_VERSION = 1;

    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT vico_workspace_name IF NOT EXISTS FOR (w:Workspace) REQUIRE w.name IS UNIQUE",
            "CREATE CONSTRAINT vico_actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE (a.workspace, a.id) IS UNIQUE",
            "CREATE CONSTRAINT vico_consortium_key IF NOT EXISTS FOR (c:Consortium) REQUIRE (c.workspace, c.id) IS UNIQUE",
            "CREATE CONSTRAINT vico_neighbourhood_key IF NOT EXISTS FOR (n:Neighbourhood) REQUIRE (n.workspace, n.id) IS UNIQUE");

    static final String FIND_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            RETURN w""";
    private static final String LIST_WORKSPACES = """
            MATCH (w:Workspace)
            RETURN w ORDER BY w.name""";
    // Every statement below finds its nodes by a seek of the (workspace, id) index (a test checks the plans):
    // "id IS NOT NULL" lets a workspace-only lookup use that index instead of scanning the label. Writes need
    // no Eager step: properties inline in CREATE, ON CREATE SET after MERGE (the workspace is emptied first,
    // so MERGE always creates).
    static final String REMOVE_ACTORS = """
            MATCH (a:Actor) WHERE a.workspace = $workspace AND a.id IS NOT NULL
            DETACH DELETE a
            RETURN count(*) AS removed""";
    static final String REMOVE_CONSORTIA = """
            MATCH (c:Consortium) WHERE c.workspace = $workspace AND c.id IS NOT NULL
            DETACH DELETE c
            RETURN count(*) AS removed""";
    static final String REMOVE_NEIGHBOURHOODS = """
            MATCH (n:Neighbourhood) WHERE n.workspace = $workspace AND n.id IS NOT NULL
            DETACH DELETE n
            RETURN count(*) AS removed""";
    static final String REMOVE_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            DELETE w""";
    static final String MERGE_NEIGHBOURHOODS = """
            UNWIND $rows AS row
            MERGE (n:Neighbourhood {workspace: $workspace, id: row.id})
            ON CREATE SET n += row.props
            RETURN count(*) AS written""";
    static final String MERGE_ACTORS = """
            UNWIND $rows AS row
            MERGE (a:Actor {workspace: $workspace, id: row.id})
            ON CREATE SET a += row.props
            RETURN count(*) AS written""";
    static final String CREATE_TIES = """
            UNWIND $rows AS row
            MATCH (s:Actor {workspace: $workspace, id: row.source})
            MATCH (t:Actor {workspace: $workspace, id: row.target})
            CREATE (s)-[:TIE {seq: row.seq, kind: row.kind, weight: row.weight, directed: row.directed}]->(t)
            RETURN count(*) AS written""";
    static final String MERGE_CONSORTIA = """
            UNWIND $rows AS row
            MERGE (c:Consortium {workspace: $workspace, id: row.id})
            ON CREATE SET c += row.props
            RETURN count(*) AS written""";
    static final String CREATE_MEMBERSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Actor {workspace: $workspace, id: row.actor})
            MATCH (c:Consortium {workspace: $workspace, id: row.consortium})
            CREATE (a)-[:MEMBER {seq: row.seq, role: row.role, budgetShare: row.budgetShare}]->(c)
            RETURN count(*) AS written""";
    static final String MERGE_WORKSPACE = """
            MERGE (w:Workspace {name: $workspace})
            SET w += $props""";
    static final String LOAD_NEIGHBOURHOODS = """
            MATCH (n:Neighbourhood) WHERE n.workspace = $workspace AND n.id IS NOT NULL
            RETURN n ORDER BY n.seq""";
    static final String LOAD_ACTORS = """
            MATCH (a:Actor) WHERE a.workspace = $workspace AND a.id IS NOT NULL
            RETURN a ORDER BY a.seq""";
    static final String LOAD_TIES = """
            MATCH (s:Actor)-[r:TIE]->(t:Actor) WHERE s.workspace = $workspace AND s.id IS NOT NULL
            RETURN s.id AS source, t.id AS target, r ORDER BY r.seq""";
    static final String LOAD_CONSORTIA = """
            MATCH (c:Consortium) WHERE c.workspace = $workspace AND c.id IS NOT NULL
            RETURN c ORDER BY c.seq""";
    static final String LOAD_MEMBERSHIPS = """
            MATCH (a:Actor)-[m:MEMBER]->(c:Consortium) WHERE c.workspace = $workspace AND c.id IS NOT NULL
            RETURN c.id AS consortium, a.id AS actor, m ORDER BY m.seq""";

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final int batchSize;
    private volatile boolean schemaReady;

    /** A store on the driver's default database. */
    public Neo4jStore(Driver driver) {
        this(driver, null, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param driver    the driver to use; the store does not close it
     * @param database  the database to use, or {@code null} for the server's default
     * @param batchSize rows per {@code UNWIND} statement, at least 1
     */
    public Neo4jStore(Driver driver, String database, int batchSize) {
        this.driver = Objects.requireNonNull(driver, "a store needs a driver — create one with GraphDatabase.driver(uri, auth)");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size is " + batchSize + " — give at least 1 (default "
                    + DEFAULT_BATCH_SIZE + ")");
        }
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.batchSize = batchSize;
    }

    /** Creates the uniqueness constraints (and the indexes behind them) unless they exist. Idempotent. */
    public void ensureSchema() {
        try (Session session = session()) {
            for (String statement : SCHEMA) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
        schemaReady = true;
    }

    /**
     * Puts the dataset's network into the workspace, replacing what the workspace held, in one
     * transaction; does nothing when the workspace already holds a dataset with the same content hash.
     *
     * @param workspace the workspace's name (see {@link WorkspaceNames})
     * @param dataset   the dataset, as read and checked by {@code DatasetReader}
     * @param listener  told about progress; an exception it throws aborts the import, changing nothing
     */
    public ImportSummary importNetwork(String workspace, Dataset dataset, ImportListener listener) {
        WorkspaceNames.requireValid(workspace);
        Objects.requireNonNull(dataset, "give the dataset to import");
        ImportListener progress = listener == null ? ImportListener.NONE : listener;
        if (!schemaReady) {
            ensureSchema();
        }
        long start = System.nanoTime();
        StakeholderNetwork net = dataset.network();
        ImportSummary.Outcome outcome;
        try (Session session = session()) {
            outcome = session.executeWrite(tx -> write(tx, workspace, dataset, progress));
        }
        if (outcome != ImportSummary.Outcome.UNCHANGED) {
            progress.progress(ImportListener.COMMIT, 1, 1);
        }
        return new ImportSummary(workspace, outcome, net.size(), net.ties().size(), net.consortia().size(),
                net.memberships().size(), net.neighbourhoods().size(), dataset.contentHash(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private ImportSummary.Outcome write(TransactionContext tx, String workspace, Dataset dataset, ImportListener progress) {
        Map<String, Object> ws = Map.of("workspace", workspace);
        List<Record> existing = tx.run(FIND_WORKSPACE, ws).list();
        if (!existing.isEmpty()) {
            Value w = existing.get(0).get("w");
            Value hash = w.get("contentHash");
            if (!hash.isNull() && hash.asString().equals(dataset.contentHash())
                    && w.get("formatVersion").asInt(0) == FORMAT_VERSION) {
                return ImportSummary.Outcome.UNCHANGED;
            }
        }
        long removed = removeContent(tx, ws);
        progress.progress(ImportListener.REMOVE_OLD, removed, removed);

        StakeholderNetwork net = dataset.network();
        writeBatches(tx, workspace, MERGE_NEIGHBOURHOODS, ImportListener.NEIGHBOURHOODS, net.neighbourhoods(),
                Neo4jStore::neighbourhoodRow, progress);
        writeBatches(tx, workspace, MERGE_ACTORS, ImportListener.ACTORS, net.actors(), Neo4jStore::actorRow, progress);
        writeBatches(tx, workspace, CREATE_TIES, ImportListener.TIES, net.ties(), Neo4jStore::tieRow, progress);
        writeBatches(tx, workspace, MERGE_CONSORTIA, ImportListener.CONSORTIA, net.consortia(), Neo4jStore::consortiumRow,
                progress);
        writeBatches(tx, workspace, CREATE_MEMBERSHIPS, ImportListener.MEMBERSHIPS, net.memberships(),
                Neo4jStore::membershipRow, progress);

        Map<String, Object> props = new HashMap<>();
        props.put("contentHash", dataset.contentHash());
        props.put("source", net.name());
        props.put("importedAt", Instant.now().atZone(ZoneOffset.UTC));
        props.put("actors", net.size());
        props.put("ties", net.ties().size());
        props.put("consortia", net.consortia().size());
        props.put("memberships", net.memberships().size());
        props.put("neighbourhoods", net.neighbourhoods().size());
        props.put("formatVersion", FORMAT_VERSION);
        props.put("dutchAliases", dataset.usesDutchAliases());
        tx.run(MERGE_WORKSPACE, Map.of("workspace", workspace, "props", props)).consume();
        progress.progress(ImportListener.COMMIT, 0, 1);
        return existing.isEmpty() ? ImportSummary.Outcome.CREATED : ImportSummary.Outcome.REPLACED;
    }

    private static long removeContent(TransactionContext tx, Map<String, Object> ws) {
        long removed = 0;
        for (String statement : List.of(REMOVE_ACTORS, REMOVE_CONSORTIA, REMOVE_NEIGHBOURHOODS)) {
            removed += tx.run(statement, ws).single().get("removed").asLong();
        }
        return removed;
    }

    /** One {@code UNWIND} per batch; checks that every row was written (a tie whose actor is missing would not be). */
    private <T> void writeBatches(TransactionContext tx, String workspace, String statement, String phase,
                                  List<T> items, RowMaker<T> rowMaker, ImportListener progress) {
        int total = items.size();
        for (int from = 0; from < total; from += batchSize) {
            int to = Math.min(total, from + batchSize);
            List<Map<String, Object>> rows = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                rows.add(rowMaker.row(items.get(i), i));
            }
            long written = tx.run(statement, Map.of("workspace", workspace, "rows", rows)).single().get("written").asLong();
            if (written != rows.size()) {
                throw new IllegalStateException(phase + ": wrote " + written + " of " + rows.size() + " rows of batch "
                        + (from / batchSize + 1) + " — the dataset refers to something missing; read it with"
                        + " DatasetReader, which checks every reference, before importing");
            }
            progress.progress(phase, to, total);
        }
    }

    @FunctionalInterface
    private interface RowMaker<T> {
        Map<String, Object> row(T item, int seq);
    }

    private static Map<String, Object> neighbourhoodRow(Neighbourhood n, int seq) {
        Map<String, Object> props = new HashMap<>();
        props.put("seq", seq);
        props.put("name", n.name());
        putIfNotNull(props, "residents", n.residents());
        return Map.of("id", n.id(), "props", props);
    }

    private static Map<String, Object> actorRow(Actor a, int seq) {
        Map<String, Object> props = new HashMap<>();
        props.put("seq", seq);
        props.put("name", a.name());
        props.put("type", a.type().key());
        putIfNotNull(props, "neighbourhood", a.neighbourhood());
        props.put("formal", a.formal());
        props.put("newcomer", a.newcomer());
        if (!a.attributes().isEmpty()) {
            List<String> keys = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<Integer> nulls = new ArrayList<>();
            for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                if (e.getValue() == null) {
                    nulls.add(keys.size());
                }
                keys.add(e.getKey());
                values.add(e.getValue() == null ? "" : e.getValue());
            }
            props.put("attributeKeys", keys);
            props.put("attributeValues", values);
            if (!nulls.isEmpty()) {
                props.put("attributeNulls", nulls);
            }
        }
        return Map.of("id", a.id(), "props", props);
    }

    private static Map<String, Object> tieRow(Tie t, int seq) {
        return Map.of("source", t.source(), "target", t.target(), "seq", seq, "kind", t.kind().key(),
                "weight", t.weight(), "directed", t.directed());
    }

    private static Map<String, Object> consortiumRow(Consortium c, int seq) {
        Map<String, Object> props = new HashMap<>();
        props.put("seq", seq);
        props.put("name", c.name());
        putIfNotNull(props, "task", c.task());
        putIfNotNull(props, "neighbourhood", c.neighbourhood());
        putIfNotNull(props, "municipalityRole", c.municipalityRole() == null ? null : c.municipalityRole().key());
        return Map.of("id", c.id(), "props", props);
    }

    /** A missing key reads as null in Cypher, and {@code CREATE} leaves null properties out. */
    private static Map<String, Object> membershipRow(Membership m, int seq) {
        Map<String, Object> row = new HashMap<>();
        row.put("consortium", m.consortium());
        row.put("actor", m.actor());
        row.put("seq", seq);
        putIfNotNull(row, "role", m.role() == null ? null : m.role().key());
        putIfNotNull(row, "budgetShare", m.budgetShare());
        return row;
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * Reads a workspace back: the network imported into it, in its original order, named after the workspace.
     *
     * @return empty when there is no such workspace
     */
    public Optional<StakeholderNetwork> load(String workspace) {
        WorkspaceNames.requireValid(workspace);
        Map<String, Object> ws = Map.of("workspace", workspace);
        try (Session session = session()) {
            return session.executeRead(tx -> {
                if (tx.run(FIND_WORKSPACE, ws).list().isEmpty()) {
                    return Optional.<StakeholderNetwork>empty();
                }
                var builder = StakeholderNetwork.builder(workspace);
                each(tx.run(LOAD_NEIGHBOURHOODS, ws), r -> builder.neighbourhood(neighbourhood(r.get("n"))));
                each(tx.run(LOAD_ACTORS, ws), r -> builder.actor(actor(r.get("a"))));
                each(tx.run(LOAD_TIES, ws), r -> builder.tie(tie(r)));
                each(tx.run(LOAD_CONSORTIA, ws), r -> builder.consortium(consortium(r.get("c"))));
                each(tx.run(LOAD_MEMBERSHIPS, ws), r -> builder.member(membership(r)));
                return Optional.of(builder.build());
            });
        }
    }

    private static void each(Result result, Consumer<Record> action) {
        while (result.hasNext()) {
            action.accept(result.next());
        }
    }

    private static Neighbourhood neighbourhood(Value n) {
        Value residents = n.get("residents");
        return new Neighbourhood(n.get("id").asString(), n.get("name").asString(),
                residents.isNull() ? null : residents.asInt());
    }

    private static Actor actor(Value a) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Value keys = a.get("attributeKeys");
        if (!keys.isNull()) {
            List<String> k = keys.asList(Value::asString);
            List<String> v = a.get("attributeValues").asList(Value::asString);
            List<Integer> nulls = a.get("attributeNulls").isNull() ? List.of() : a.get("attributeNulls").asList(Value::asInt);
            for (int i = 0; i < k.size(); i++) {
                attributes.put(k.get(i), nulls.contains(i) ? null : v.get(i));
            }
        }
        return new Actor(a.get("id").asString(), a.get("name").asString(), parse(a.get("type").asString(), ActorType::parse),
                nullable(a.get("neighbourhood")), a.get("formal").asBoolean(), a.get("newcomer").asBoolean(), attributes);
    }

    private static Tie tie(Record r) {
        Value t = r.get("r");
        return new Tie(r.get("source").asString(), r.get("target").asString(), parse(t.get("kind").asString(), TieKind::parse),
                t.get("weight").asDouble(), t.get("directed").asBoolean());
    }

    private static Consortium consortium(Value c) {
        String role = nullable(c.get("municipalityRole"));
        return new Consortium(c.get("id").asString(), c.get("name").asString(), nullable(c.get("task")),
                nullable(c.get("neighbourhood")), role == null ? null : parse(role, MunicipalRole::parse));
    }

    private static Membership membership(Record r) {
        Value m = r.get("m");
        String role = nullable(m.get("role"));
        Value share = m.get("budgetShare");
        return new Membership(r.get("consortium").asString(), r.get("actor").asString(),
                role == null ? null : parse(role, MemberRole::parse), share.isNull() ? null : share.asDouble());
    }

    private static String nullable(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static <E> E parse(String key, Function<String, Optional<E>> parser) {
        return parser.apply(key).orElseThrow(() -> new IllegalStateException("the database holds the code \"" + key
                + "\", which this version of vico does not know — import the workspace again with this version"));
    }

    /**
     * Whether the files imported into the workspace spelled codes with their Dutch words
     * ({@link Dataset#usesDutchAliases()}), so that output can answer in Dutch.
     *
     * @return false when there is no such workspace, or it was imported before this was stored
     */
    public boolean usesDutchAliases(String workspace) {
        WorkspaceNames.requireValid(workspace);
        try (Session session = session()) {
            return session.executeRead(tx -> {
                List<Record> found = tx.run(FIND_WORKSPACE, Map.of("workspace", workspace)).list();
                return !found.isEmpty() && found.get(0).get("w").get("dutchAliases").asBoolean(false);
            });
        }
    }

    /** Every workspace in the database, by name. */
    public List<WorkspaceInfo> workspaces() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(LIST_WORKSPACES).list(r -> workspaceInfo(r.get("w"))));
        }
    }

    private static WorkspaceInfo workspaceInfo(Value w) {
        Value at = w.get("importedAt");
        return new WorkspaceInfo(w.get("name").asString(), w.get("actors").asInt(0), w.get("ties").asInt(0),
                w.get("consortia").asInt(0), w.get("memberships").asInt(0), w.get("neighbourhoods").asInt(0),
                at.isNull() ? null : at.asZonedDateTime().toInstant(), nullable(w.get("source")),
                nullable(w.get("contentHash")));
    }

    /**
     * Removes a workspace and all its content in one transaction.
     *
     * @return whether there was such a workspace
     */
    public boolean delete(String workspace) {
        WorkspaceNames.requireValid(workspace);
        Map<String, Object> ws = Map.of("workspace", workspace);
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                boolean existed = !tx.run(FIND_WORKSPACE, ws).list().isEmpty();
                removeContent(tx, ws);
                tx.run(REMOVE_WORKSPACE, ws).consume();
                return existed;
            });
        }
    }

    private Session session() {
        return driver.session(sessionConfig);
    }
}
