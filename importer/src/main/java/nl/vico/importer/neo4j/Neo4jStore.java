package nl.vico.importer.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;

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
import nl.vico.model.TieKind;
import nl.vico.model.TieTable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * Keeps stakeholder networks in Neo4j, one per named workspace, through the Neo4j Java Driver only
 * (an embedded database is reached over Bolt like any server).
 *
 * <h2>Graph model (format 2)</h2>
 * <ul>
 *   <li>{@code (:Workspace {name, version, contentHash, source, importedAt, actors, ties, consortia, memberships,
 *       neighbourhoods, formatVersion, dutchAliases})}, one per workspace; {@code version} names the content that
 *       is the workspace's now; {@code dutchAliases} is whether the imported files spelled codes with their Dutch
 *       words (absent in workspaces imported before it existed);</li>
 *   <li>{@code (:Actor {workspace, version, id, seq, name, type, neighbourhood?, formal, newcomer, attributeKeys?,
 *       attributeValues?, attributeNulls?})}; {@code type} is the English key; attributes are two parallel
 *       lists in file order, with the positions of null values in {@code attributeNulls};</li>
 *   <li>{@code (:Actor)-[:TIE {seq, kind, weight, directed}]->(:Actor)}, one relationship per tie, from
 *       source to target (parallel ties stay separate relationships);</li>
 *   <li>{@code (:Consortium {workspace, version, id, seq, name, task?, neighbourhood?, municipalityRole?})} and
 *       {@code (:Actor)-[:MEMBER {seq, role?, budgetShare?}]->(:Consortium)};</li>
 *   <li>{@code (:Neighbourhood {workspace, version, id, seq, name, residents?})};</li>
 *   <li>{@code (:WorkspaceJob {workspace, version, owner?, purpose, startedAt, heartbeat, lockedAt?})}: a
 *       version of a workspace that is not its current one and is being written ({@code purpose "import"}) or
 *       removed ({@code "delete"}) by the process whose token is {@code owner}.</li>
 * </ul>
 * {@code seq} is the position in the dataset, so a network reads back in its original order; a
 * property marked {@code ?} is absent when the value is null. Every content node carries its workspace's
 * name and the version it belongs to, and {@code (workspace, version, id)} is unique per label, so workspaces
 * and versions never mix. Readers only look at the version the workspace node names.
 *
 * <h2>Imports: all or nothing, in many small transactions</h2>
 * An import writes the new content as a new, hidden version of the workspace, in batches of
 * {@code CREATE} statements, each its own transaction (up to {@code writers} of them at a time). Then one
 * small transaction switches the workspace node to the new version; only then does anyone see the new
 * content, all of it at once. Afterwards the replaced version is removed in batches ({@code writers} at a
 * time). Two imports into one workspace at once both write their versions; the later switch wins and
 * removes the earlier one's version. A failure before the
 * switch (an exception, a lost connection) removes what was written of the new version; a killed process
 * leaves its hidden version behind, invisible, under its {@code WorkspaceJob}. Importing a dataset whose
 * content hash equals the workspace's writes nothing.
 *
 * <p>While an operation runs, its owner keeps a guard transaction open, idle, with its token in the
 * transaction metadata. A job counts as dead when no open transaction carries its owner's token (the
 * process died, or lost its connection), when its heartbeat is older than the lease (five minutes; the only
 * test on servers that do not show transactions), or when its owner gave it up. The first use of a store,
 * and every import, removes the versions of dead jobs, each after claiming the job under its lock, so that
 * two processes never remove the same version. Every batch transaction first checks that its job still
 * belongs to it, so an import taken for dead stops at its next batch. Content of a version that is neither
 * current nor any job's (a batch that was already under way when its job was taken for dead) is removed
 * at the next import or deletion of its workspace. Liveness is read from the server the driver talks to:
 * the embedded database or a single server, as vico runs them (not a cluster).
 *
 * <p>Relationships are created between nodes found by their internal ids, which the batch that created the
 * nodes returned; those ids stay valid because nothing but the job's owner deletes the job's nodes.
 *
 * <h2>Reading</h2>
 * {@link #load} reads only the version the workspace node names: the ties in {@code writers} parts at once,
 * each in its own read transaction, the rest in one. Neo4j reads committed data, not a snapshot, in one
 * transaction as in several; what keeps a read whole is that a version never changes while it is current,
 * that the removal of a replaced version shows as missing rows, and a last check that the workspace still
 * names the version read. A read that meets a switch reads again.
 *
 * <p>The store does not own the driver: the caller closes it. Instances are thread-safe.
 */
public final class Neo4jStore {
    /** Rows per batch transaction. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;
    /** Transactions run at the same time by one import, one removal of a version, one read of the ties. */
    public static final int DEFAULT_WRITERS = 2;
    /** Version of the graph model above, stored on each workspace node. */
    public static final int FORMAT_VERSION = 2;
    /** A job whose heartbeat is older than this is taken for dead and its version removed. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    static final String PURPOSE_IMPORT = "import";
    static final String PURPOSE_DELETE = "delete";
    /** How often a running job renews its heartbeat. */
    private static final long HEARTBEAT_NANOS = Duration.ofSeconds(10).toNanos();
    private static final int READ_ATTEMPTS = 3;

    /** Constraint name → label and key properties. */
    private static final Map<String, List<String>> CONSTRAINTS = constraints();
    private static final String SHOW_CONSTRAINTS = """
            SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties
            WHERE name STARTS WITH 'vico_'
            RETURN name, labelsOrTypes, properties""";

    // ---- statements --------------------------------------------------------------------------------------
    // Statements that find content by workspace seek the (workspace, version, id) index: "id IS NOT NULL"
    // lets a workspace-and-version lookup use it instead of scanning the label (a test checks the plans).

    static final String FIND_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            RETURN w""";
    private static final String LIST_WORKSPACES = """
            MATCH (w:Workspace)
            RETURN w ORDER BY w.name""";
    /** Takes the workspace node's write lock (creating the node when missing) before its version is read. */
    static final String LOCK_WORKSPACE = """
            MERGE (w:Workspace {name: $workspace})
            SET w.importedAt = $importedAt""";
    static final String WORKSPACE_STATE = """
            MATCH (w:Workspace {name: $workspace})
            RETURN w.version AS version, w.actors AS actors, w.consortia AS consortia,
                   w.neighbourhoods AS neighbourhoods""";
    static final String SET_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            SET w += $props""";
    static final String LOCK_WORKSPACE_FOR_DELETE = """
            MATCH (w:Workspace {name: $workspace})
            SET w.deletedAt = datetime()""";
    static final String DELETE_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            DELETE w""";
    static final String WORKSPACE_VERSION = """
            MATCH (w:Workspace {name: $workspace})
            RETURN w.version AS version""";

    static final String CREATE_JOB = """
            CREATE (:WorkspaceJob {workspace: $workspace, version: $version, owner: $owner, purpose: $purpose,
                                   startedAt: datetime(), heartbeat: datetime()})""";
    static final String JOB_OWNER = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            RETURN j.owner AS owner""";
    /** Renews the heartbeat; as a write it also takes the job's lock, so a following read sees its latest state. */
    static final String HEARTBEAT = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            SET j.heartbeat = datetime()""";
    /** Takes the job's lock without touching its heartbeat (to claim or release it). */
    static final String LOCK_JOB = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            SET j.lockedAt = datetime()""";
    /**
     * Jobs taken for dead: given up by their owner, silent for longer than the lease, or whose owner has no
     * open guard transaction any more ({@code $live}: the owners with one; {@code null} when the server
     * does not show transactions).
     */
    static final String DEAD_JOBS = """
            MATCH (j:WorkspaceJob)
            WHERE j.owner IS NULL OR j.heartbeat < datetime() - $lease
               OR ($live IS NOT NULL AND NOT j.owner IN $live)
            RETURN j.workspace AS workspace, j.version AS version, j.owner AS owner,
                   j.heartbeat < datetime() - $lease AS stale""";
    /**
     * The test of {@link #DEAD_JOBS} for one job, and that its owner is still the one seen ({@code $seen}, null
     * for a job given up): a job claimed by someone else since is theirs, whatever {@code $live} says.
     */
    static final String JOB_IS_DEAD = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            WHERE coalesce(j.owner, '') = coalesce($seen, '')
              AND (j.owner IS NULL OR j.heartbeat < datetime() - $lease
                   OR ($live IS NOT NULL AND NOT j.owner IN $live))
            RETURN count(j) AS dead""";
    /** The owners whose guard transaction is open: alive, whatever their heartbeat says. */
    static final String LIVE_OWNERS = """
            SHOW TRANSACTIONS YIELD metaData
            WHERE metaData.vicoJobOwner IS NOT NULL
            RETURN collect(metaData.vicoJobOwner) AS owners""";
    private static final String GUARD_KEY = "vicoJobOwner";
    static final String CLAIM_JOB = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            SET j.owner = $owner, j.purpose = $purpose, j.heartbeat = datetime()""";
    /** Hands the job over to whoever removes dead jobs' versions next (no waiting for the lease). */
    static final String RELEASE_JOB = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            REMOVE j.owner""";
    /** After the switch the import's job goes on as the removal of the version it replaced. */
    static final String REPOINT_JOB = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            SET j.version = $previous, j.purpose = $purpose""";
    static final String DELETE_JOB = """
            MATCH (j:WorkspaceJob {workspace: $workspace, version: $version})
            DELETE j""";

    static final String CREATE_NEIGHBOURHOODS = """
            UNWIND range(0, size($ids) - 1) AS i
            CREATE (n:Neighbourhood {workspace: $workspace, version: $version, id: $ids[i], seq: $first + i,
                                     name: $names[i], residents: $residents[i]})
            RETURN count(*) AS written""";
    static final String CREATE_ACTORS = """
            UNWIND range(0, size($ids) - 1) AS i
            CREATE (a:Actor {workspace: $workspace, version: $version, id: $ids[i], seq: $first + i, name: $names[i],
                             type: $types[i], neighbourhood: $neighbourhoods[i], formal: $formal[i],
                             newcomer: $newcomer[i], attributeKeys: $attributeKeys[i],
                             attributeValues: $attributeValues[i], attributeNulls: $attributeNulls[i]})
            RETURN $first + i AS seq, id(a) AS node""";
    static final String CREATE_TIES = """
            UNWIND range(0, size($sources) - 1) AS i
            MATCH (s) WHERE id(s) = $sources[i]
            MATCH (t) WHERE id(t) = $targets[i]
            CREATE (s)-[:TIE {seq: $first + i, kind: $kinds[i], weight: $weights[i], directed: $directed[i]}]->(t)
            RETURN count(*) AS written""";
    static final String CREATE_CONSORTIA = """
            UNWIND range(0, size($ids) - 1) AS i
            CREATE (c:Consortium {workspace: $workspace, version: $version, id: $ids[i], seq: $first + i,
                                  name: $names[i], task: $tasks[i], neighbourhood: $neighbourhoods[i],
                                  municipalityRole: $roles[i]})
            RETURN $first + i AS seq, id(c) AS node""";
    static final String CREATE_MEMBERSHIPS = """
            UNWIND range(0, size($actors) - 1) AS i
            MATCH (a) WHERE id(a) = $actors[i]
            MATCH (c) WHERE id(c) = $consortia[i]
            CREATE (a)-[:MEMBER {seq: $first + i, role: $roles[i], budgetShare: $shares[i]}]->(c)
            RETURN count(*) AS written""";

    /** Every version that a workspace's content nodes belong to. */
    static final String CONTENT_VERSIONS = """
            MATCH (a:Actor) WHERE a.workspace = $workspace AND a.version IS NOT NULL AND a.id IS NOT NULL
            RETURN DISTINCT a.version AS version
            UNION
            MATCH (c:Consortium) WHERE c.workspace = $workspace AND c.version IS NOT NULL AND c.id IS NOT NULL
            RETURN DISTINCT c.version AS version
            UNION
            MATCH (n:Neighbourhood) WHERE n.workspace = $workspace AND n.version IS NOT NULL AND n.id IS NOT NULL
            RETURN DISTINCT n.version AS version""";
    static final String JOB_VERSIONS = """
            MATCH (j:WorkspaceJob) WHERE j.workspace = $workspace AND j.version IS NOT NULL
            RETURN j.version AS version""";
    static final String DELETE_ACTORS = deleteBatch("Actor");
    static final String DELETE_CONSORTIA = deleteBatch("Consortium");
    static final String DELETE_NEIGHBOURHOODS = deleteBatch("Neighbourhood");

    /**
     * Deletes, with their relationships, up to $limit nodes of one label of a workspace's version whose
     * internal id is $part modulo $parts (so that several transactions can remove one version at once).
     */
    private static String deleteBatch(String label) {
        return """
                MATCH (x:%s) WHERE x.workspace = $workspace AND x.version = $version AND x.id IS NOT NULL
                                AND id(x) %% $parts = $part
                WITH x LIMIT $limit
                DETACH DELETE x
                RETURN count(*) AS deleted""".formatted(label);
    }

    static final String LOAD_NEIGHBOURHOODS = """
            MATCH (n:Neighbourhood) WHERE n.workspace = $workspace AND n.version = $version AND n.id IS NOT NULL
            RETURN n.seq AS seq, n.id AS id, n.name AS name, n.residents AS residents""";
    static final String LOAD_ACTORS = """
            MATCH (a:Actor) WHERE a.workspace = $workspace AND a.version = $version AND a.id IS NOT NULL
            RETURN id(a) AS node, a.seq AS seq, a.id AS id, a.name AS name, a.type AS type,
                   a.neighbourhood AS neighbourhood, a.formal AS formal, a.newcomer AS newcomer,
                   a.attributeKeys AS attributeKeys, a.attributeValues AS attributeValues,
                   a.attributeNulls AS attributeNulls""";
    /**
     * One row per source actor of one part ({@code seq % $parts = $part}) with its ties as parallel lists
     * (target node, seq, kind, weight, directed); each relationship's properties are read in one pass.
     */
    static final String LOAD_TIES = """
            MATCH (s:Actor) WHERE s.workspace = $workspace AND s.version = $version AND s.id IS NOT NULL
                              AND s.seq % $parts = $part
            CALL {
                WITH s
                MATCH (s)-[r:TIE]->(t)
                WITH t, properties(r) AS p
                RETURN collect(id(t)) AS targets, collect(p.seq) AS seqs, collect(p.kind) AS kinds,
                       collect(p.weight) AS weights, collect(p.directed) AS directed
            }
            WITH s, targets, seqs, kinds, weights, directed WHERE size(targets) > 0
            RETURN id(s) AS source, targets, seqs, kinds, weights, directed""";
    static final String LOAD_CONSORTIA = """
            MATCH (c:Consortium) WHERE c.workspace = $workspace AND c.version = $version AND c.id IS NOT NULL
            RETURN id(c) AS node, c.seq AS seq, c.id AS id, c.name AS name, c.task AS task,
                   c.neighbourhood AS neighbourhood, c.municipalityRole AS municipalityRole""";
    static final String LOAD_MEMBERSHIPS = """
            MATCH (c:Consortium) WHERE c.workspace = $workspace AND c.version = $version AND c.id IS NOT NULL
            MATCH (a)-[m:MEMBER]->(c)
            RETURN id(a) AS actor, id(c) AS consortium, m.seq AS seq, m.role AS role, m.budgetShare AS budgetShare""";

    // format 1 (one transaction per import, no versions) → format 2: the old content becomes version 0
    static final String FORMAT1_WORKSPACES = """
            MATCH (w:Workspace) WHERE w.version IS NULL
            RETURN w.name AS name""";
    private static final String FORMAT1_CONTENT = """
            MATCH (n:%s) WHERE n.workspace = $workspace AND n.id IS NOT NULL AND n.version IS NULL
            WITH n LIMIT $limit
            SET n.version = 0
            RETURN count(*) AS migrated""";
    static final String FORMAT1_WORKSPACE = """
            MATCH (w:Workspace {name: $workspace})
            SET w.version = 0""";

    private static final Map<String, TieKind> TIE_KINDS = keys(TieKind.values(), TieKind::key);
    private static final TieKind[] TIE_KIND_VALUES = TieKind.values();

    private final Driver driver;
    private final String database;
    private final SessionConfig sessionConfig;
    private final int batchSize;
    private final int writers;
    private final Duration lease;
    /** Owners of the jobs this store runs now: never taken for dead by this store's own clean-ups. */
    private final Set<String> activeOwners = ConcurrentHashMap.newKeySet();
    private volatile boolean schemaReady;
    private volatile boolean cleanedAtStart;
    /** False once the database refused a write to this store's account; reading needs no preparation. */
    private volatile boolean mayWrite = true;

    /** A store on the driver's default database. */
    public Neo4jStore(Driver driver) {
        this(driver, null, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param driver    the driver to use; the store does not close it
     * @param database  the database to use, or {@code null} for the server's default
     * @param batchSize rows per batch transaction, at least 1
     */
    public Neo4jStore(Driver driver, String database, int batchSize) {
        this(driver, database, batchSize, DEFAULT_WRITERS);
    }

    /**
     * @param driver    the driver to use; the store does not close it
     * @param database  the database to use, or {@code null} for the server's default
     * @param batchSize rows per batch transaction, at least 1
     * @param writers   transactions one import (or removal, or read of the ties) runs at the same time, at least 1
     */
    public Neo4jStore(Driver driver, String database, int batchSize, int writers) {
        this(driver, database, batchSize, writers, DEFAULT_LEASE);
    }

    /** As above, with the lease after which a silent job is taken for dead (tests shorten it). */
    Neo4jStore(Driver driver, String database, int batchSize, int writers, Duration lease) {
        this.driver = Objects.requireNonNull(driver, "a store needs a driver — create one with GraphDatabase.driver(uri, auth)");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size is " + batchSize + " — give at least 1 (default "
                    + DEFAULT_BATCH_SIZE + ")");
        }
        if (writers < 1) {
            throw new IllegalArgumentException("writers is " + writers + " — give at least 1 (default " + DEFAULT_WRITERS + ")");
        }
        this.database = database == null || database.isBlank() ? null : database;
        this.sessionConfig = this.database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(this.database);
        this.batchSize = batchSize;
        this.writers = writers;
        this.lease = Objects.requireNonNull(lease, "give the lease of a job");
    }

    // ---- schema ------------------------------------------------------------------------------------------

    /**
     * Creates the uniqueness constraints (and the indexes behind them) unless they exist. Idempotent.
     * A database written by an earlier vico (format 1) is brought to format 2 first: its content becomes
     * version 0 of each workspace, and the old constraints are replaced.
     */
    public void ensureSchema() {
        try (Session session = session()) {
            Map<String, List<String>> existing = new HashMap<>();
            for (Record r : session.run(SHOW_CONSTRAINTS).list()) {
                List<String> key = new ArrayList<>(r.get("labelsOrTypes").asList(Value::asString));
                key.addAll(r.get("properties").asList(Value::asString));
                existing.put(r.get("name").asString(), key);
            }
            migrateFormat1(session);
            for (Map.Entry<String, List<String>> c : CONSTRAINTS.entrySet()) {
                List<String> found = existing.get(c.getKey());
                if (found != null && !found.equals(c.getValue())) {
                    session.run("DROP CONSTRAINT " + c.getKey() + " IF EXISTS").consume();
                }
                session.run(createConstraint(c.getKey(), c.getValue())).consume();
            }
        }
        schemaReady = true;
    }

    private static Map<String, List<String>> constraints() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("vico_workspace_name", List.of("Workspace", "name"));
        c.put("vico_actor_key", List.of("Actor", "workspace", "version", "id"));
        c.put("vico_consortium_key", List.of("Consortium", "workspace", "version", "id"));
        c.put("vico_neighbourhood_key", List.of("Neighbourhood", "workspace", "version", "id"));
        c.put("vico_job_key", List.of("WorkspaceJob", "workspace", "version"));
        return c;
    }

    /** Schema statements cannot take parameters; names and properties here are this class's own constants. */
    private static String createConstraint(String name, List<String> labelAndKey) {
        String variable = "x";
        List<String> props = labelAndKey.subList(1, labelAndKey.size()).stream().map(p -> variable + "." + p).toList();
        String key = props.size() == 1 ? props.get(0) : "(" + String.join(", ", props) + ")";
        return "CREATE CONSTRAINT " + name + " IF NOT EXISTS FOR (" + variable + ":" + labelAndKey.get(0) + ") REQUIRE "
                + key + " IS UNIQUE";
    }

    private void migrateFormat1(Session session) {
        List<String> old = session.executeRead(tx -> tx.run(FORMAT1_WORKSPACES).list(r -> r.get("name").asString()));
        for (String workspace : old) {
            for (String label : List.of("Actor", "Consortium", "Neighbourhood")) {
                String statement = FORMAT1_CONTENT.formatted(label);
                long migrated;
                do {
                    migrated = session.executeWrite(tx -> tx.run(statement,
                            Map.of("workspace", workspace, "limit", batchSize)).single().get("migrated").asLong());
                } while (migrated > 0);
            }
            session.executeWrite(tx -> tx.run(FORMAT1_WORKSPACE, Map.of("workspace", workspace)).consume());
        }
    }

    /** Once per store: the schema, then the removal of what dead jobs left behind. */
    private void prepare() {
        if (!schemaReady) {
            ensureSchema();
        }
        if (!cleanedAtStart) {
            removeDeadJobs(ImportListener.NONE);
            cleanedAtStart = true;
        }
    }

    /** As {@link #prepare()}, but an account that may only read can still read: leftovers are invisible anyway. */
    private void prepareToRead() {
        if (!mayWrite) {
            return;
        }
        try {
            prepare();
        } catch (SecurityException readOnlyAccount) {
            mayWrite = false;
        }
    }

    // ---- imports -----------------------------------------------------------------------------------------

    /**
     * Puts the dataset's network into the workspace, replacing what the workspace held, all or nothing;
     * does nothing when the workspace already holds a dataset with the same content hash.
     *
     * @param workspace the workspace's name (see {@link WorkspaceNames})
     * @param dataset   the dataset, as read and checked by {@code DatasetReader}
     * @param listener  told about progress; an exception it throws before the commit aborts the import,
     *                  changing nothing
     */
    public ImportSummary importNetwork(String workspace, Dataset dataset, ImportListener listener) {
        WorkspaceNames.requireValid(workspace);
        Objects.requireNonNull(dataset, "give the dataset to import");
        ImportListener progress = listener == null ? ImportListener.NONE : listener;
        long start = System.nanoTime();
        prepare();
        StakeholderNetwork net = dataset.network();
        ImportSummary.Outcome outcome;
        if (holds(workspace, dataset)) {
            outcome = ImportSummary.Outcome.UNCHANGED;
        } else {
            long removed = removeDeadJobs(ImportListener.NONE) + removeOrphans(workspace);
            progress.progress(ImportListener.REMOVE_OLD, removed, removed);
            outcome = write(workspace, dataset, progress);
        }
        return new ImportSummary(workspace, outcome, net.size(), net.ties().size(), net.consortia().size(),
                net.memberships().size(), net.neighbourhoods().size(), dataset.contentHash(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private boolean holds(String workspace, Dataset dataset) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                List<Record> existing = tx.run(FIND_WORKSPACE, Map.of("workspace", workspace)).list();
                if (existing.isEmpty()) {
                    return false;
                }
                Value w = existing.get(0).get("w");
                Value hash = w.get("contentHash");
                return !hash.isNull() && hash.asString().equals(dataset.contentHash())
                        && w.get("formatVersion").asInt(0) == FORMAT_VERSION;
            });
        }
    }

    private ImportSummary.Outcome write(String workspace, Dataset dataset, ImportListener progress) {
        try (Owner owner = new Owner()) {
            return write(owner, workspace, dataset, progress);
        }
    }

    private ImportSummary.Outcome write(Owner owner, String workspace, Dataset dataset, ImportListener progress) {
        Job job = startJob(owner, workspace, PURPOSE_IMPORT);
        Switched switched;
        try (Batches batches = new Batches(job, progress)) {
            StakeholderNetwork net = dataset.network();
            int actors = net.size();
            long[] actorNodes = new long[actors];
            long[] consortiumNodes = new long[net.consortia().size()];
            Map<String, Integer> consortiumIndex = new HashMap<>();
            for (int i = 0; i < net.consortia().size(); i++) {
                consortiumIndex.put(net.consortia().get(i).id(), i);
            }
            batches.run(ImportListener.NEIGHBOURHOODS, CREATE_NEIGHBOURHOODS, net.neighbourhoods().size(),
                    (from, to) -> neighbourhoodColumns(net.neighbourhoods(), from, to), null);
            batches.run(ImportListener.ACTORS, CREATE_ACTORS, actors, (from, to) -> actorColumns(net.actors(), from, to),
                    actorNodes);
            batches.run(ImportListener.TIES, CREATE_TIES, net.tieCount(), (from, to) -> tieColumns(net, from, to, actorNodes),
                    null);
            batches.run(ImportListener.CONSORTIA, CREATE_CONSORTIA, net.consortia().size(),
                    (from, to) -> consortiumColumns(net.consortia(), from, to), consortiumNodes);
            batches.run(ImportListener.MEMBERSHIPS, CREATE_MEMBERSHIPS, net.memberships().size(),
                    (from, to) -> membershipColumns(net, from, to, actorNodes, consortiumIndex, consortiumNodes), null);
            progress.progress(ImportListener.COMMIT, 0, 1);
            switched = switchTo(job, dataset);
        } catch (RuntimeException | Error e) {
            abandon(job, e);
            throw e;
        }
        try {
            progress.progress(ImportListener.COMMIT, 1, 1);
            if (switched.previous() != null) {
                removeVersion(job.withVersion(switched.previous()), switched.previousNodes(), ImportListener.RETIRE, progress);
            }
        } catch (RuntimeException | Error e) {
            if (switched.previous() != null) {
                release(job.withVersion(switched.previous()), e);
            }
            throw e;
        }
        return switched.previous() == null ? ImportSummary.Outcome.CREATED : ImportSummary.Outcome.REPLACED;
    }

    /** The outcome of the switch: the version it replaced ({@code null} for a new workspace) and its node count. */
    private record Switched(Long previous, long previousNodes) {
    }

    /** One small transaction: the workspace names the new version; the job goes on to remove the one it replaced. */
    private Switched switchTo(Job job, Dataset dataset) {
        StakeholderNetwork net = dataset.network();
        Map<String, Object> props = new HashMap<>();
        props.put("version", job.version);
        props.put("contentHash", dataset.contentHash());
        props.put("source", net.name());
        props.put("actors", net.size());
        props.put("ties", net.ties().size());
        props.put("consortia", net.consortia().size());
        props.put("memberships", net.memberships().size());
        props.put("neighbourhoods", net.neighbourhoods().size());
        props.put("dutchAliases", dataset.usesDutchAliases());
        props.put("formatVersion", FORMAT_VERSION);
        Map<String, Object> ws = Map.of("workspace", job.workspace);
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                requireOwner(tx, job, true);
                tx.run(LOCK_WORKSPACE, Map.of("workspace", job.workspace,
                        "importedAt", Instant.now().atZone(ZoneOffset.UTC))).consume();
                Record before = tx.run(WORKSPACE_STATE, ws).single();
                Long previous = before.get("version").isNull() ? null : before.get("version").asLong();
                long previousNodes = before.get("actors").asLong(0) + before.get("consortia").asLong(0)
                        + before.get("neighbourhoods").asLong(0);
                tx.run(SET_WORKSPACE, Map.of("workspace", job.workspace, "props", props)).consume();
                if (previous == null) {
                    tx.run(DELETE_JOB, job.key()).consume();
                } else {
                    tx.run(REPOINT_JOB, Map.of("workspace", job.workspace, "version", job.version, "previous", previous,
                            "purpose", PURPOSE_DELETE)).consume();
                }
                return new Switched(previous, previousNodes);
            });
        }
    }

    /** After a failure before the switch: removes what the import wrote; if even that fails, leaves it to the next clean-up. */
    private void abandon(Job job, Throwable failure) {
        try {
            removeVersion(job, 0, null, ImportListener.NONE);
        } catch (RuntimeException | Error cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
            release(job, failure);
        }
    }

    /** Gives a job up so that the next clean-up removes its version at once. */
    private void release(Job job, Throwable failure) {
        try (Session session = session()) {
            session.executeWrite(tx -> {
                tx.run(LOCK_JOB, job.key()).consume();
                List<Record> rows = tx.run(JOB_OWNER, job.key()).list();
                if (!rows.isEmpty() && job.owner.equals(nullable(rows.get(0).get("owner")))) {
                    tx.run(RELEASE_JOB, job.key()).consume();
                }
                return null;
            });
        } catch (RuntimeException releaseFailure) {
            // the job stays with its owner, taken for dead once the owner's guard is gone
            failure.addSuppressed(releaseFailure);
        }
    }

    // ---- jobs --------------------------------------------------------------------------------------------

    /**
     * This store's claim on the jobs of one operation: a token, and a guard transaction that carries it in
     * its metadata. The guard stays open, idle, while the operation runs: other processes see it (in
     * {@code SHOW TRANSACTIONS}) and leave the owner's jobs alone; when the process dies or loses its
     * connection, the guard goes with it and the jobs count as dead at once.
     */
    private final class Owner implements AutoCloseable {
        final String token = UUID.randomUUID().toString();
        private final Session session;
        private final Transaction guard;

        Owner() {
            activeOwners.add(token);
            Session s = session();
            try {
                guard = s.beginTransaction(TransactionConfig.builder().withMetadata(Map.of(GUARD_KEY, token)).build());
                guard.run("RETURN 1").consume();
            } catch (RuntimeException e) {
                activeOwners.remove(token);
                s.close();
                throw e;
            }
            session = s;
        }

        /**
         * Ends the guard. After a failure (a lost connection, a closed driver) closing it fails as well; that
         * failure is then suppressed into the first one by the try-with-resources statement that owns this.
         */
        @Override
        public void close() {
            activeOwners.remove(token);
            try (session) {
                guard.close();
            }
        }
    }

    /** A version of a workspace that an owner writes or removes. */
    private static final class Job {
        final String workspace;
        final long version;
        final String owner;
        private long lastBeat = System.nanoTime();

        Job(String workspace, long version, String owner) {
            this.workspace = workspace;
            this.version = version;
            this.owner = owner;
        }

        Job withVersion(long other) {
            return new Job(workspace, other, owner);
        }

        Map<String, Object> key() {
            return Map.of("workspace", workspace, "version", version);
        }
    }

    private Job startJob(Owner owner, String workspace, String purpose) {
        Job job = new Job(workspace, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), owner.token);
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(CREATE_JOB, Map.of("workspace", workspace, "version", job.version,
                    "owner", job.owner, "purpose", purpose)).consume());
        }
        return job;
    }

    /** Fails unless the job still belongs to this store; {@code lock} also renews its heartbeat under its lock. */
    private static void requireOwner(TransactionContext tx, Job job, boolean lock) {
        if (lock) {
            tx.run(HEARTBEAT, job.key()).consume();
        }
        List<Record> rows = tx.run(JOB_OWNER, job.key()).list();
        Value owner = rows.isEmpty() ? null : rows.get(0).get("owner");
        if (owner == null || owner.isNull() || !owner.asString().equals(job.owner)) {
            throw new IllegalStateException("the import into workspace " + job.workspace + " was interrupted: it was"
                    + " silent too long and another process is removing what it wrote — import again");
        }
    }

    private void heartbeatIfDue(Job job) {
        long now = System.nanoTime();
        if (now - job.lastBeat >= HEARTBEAT_NANOS) {
            try (Session session = session()) {
                session.executeWrite(tx -> {
                    requireOwner(tx, job, true);
                    return null;
                });
            }
            job.lastBeat = now;
        }
    }

    /**
     * Removes the versions of dead jobs (see the class comment), each after claiming its job, so that two
     * processes never remove the same version.
     *
     * @return the number of nodes removed
     */
    private long removeDeadJobs(ImportListener progress) {
        // the jobs first, the live owners after: an owner opens its guard before it creates or claims a job, so
        // the owner of every job read here, if alive, is in the list read next (read the other way round, a job
        // created in between would look dead)
        List<Record> jobs;
        try (Session session = session()) {
            // with no live owner given, every job is a candidate
            jobs = session.executeRead(tx -> tx.run(DEAD_JOBS, deadParams(Map.of(), List.of())).list());
        }
        if (jobs.isEmpty()) {
            return 0;
        }
        List<String> live = liveOwners();
        List<Record> dead = new ArrayList<>();
        for (Record r : jobs) {
            String seen = nullable(r.get("owner"));
            boolean stale = r.get("stale").asBoolean(false);
            if (seen == null || (!activeOwners.contains(seen) && (stale || live == null || !live.contains(seen)))) {
                dead.add(r);
            }
        }
        long removed = 0;
        if (dead.isEmpty()) {
            return removed;
        }
        try (Owner owner = new Owner()) {
            for (Record r : dead) {
                Job job = new Job(r.get("workspace").asString(), r.get("version").asLong(), owner.token);
                if (claim(job, nullable(r.get("owner")), live)) {
                    removed += removeVersion(job, 0, null, progress);
                }
            }
        }
        return removed;
    }

    /** The owners with an open guard transaction, or {@code null} where the server does not show transactions. */
    private List<String> liveOwners() {
        try (Session session = session()) {
            return session.run(LIVE_OWNERS).single().get("owners").asList(Value::asString);
        } catch (ClientException notShown) {
            // a server or account that does not show transactions: dead jobs are then found by their lease alone
            return null;
        }
    }

    /**
     * Removes the workspace's orphans: content of a version that is neither current nor any job's. Only a
     * race leaves such content behind (a batch already under way when its job was taken for dead commits
     * after the removal), so it is rare, and it is invisible; this makes it temporary.
     *
     * @return the number of nodes removed
     */
    private long removeOrphans(String workspace) {
        Map<String, Object> ws = Map.of("workspace", workspace);
        List<Long> orphans;
        try (Session session = session()) {
            orphans = session.executeRead(tx -> {
                // in this order: a job exists before its content, and the switch repoints the job before the
                // version it wrote becomes current, so no version being written or removed looks orphaned
                Set<Long> versions = new TreeSet<>(tx.run(CONTENT_VERSIONS, ws).list(r -> r.get("version").asLong()));
                versions.removeAll(tx.run(JOB_VERSIONS, ws).list(r -> r.get("version").asLong()));
                List<Record> current = tx.run(WORKSPACE_VERSION, ws).list();
                if (!current.isEmpty() && !current.get(0).get("version").isNull()) {
                    versions.remove(current.get(0).get("version").asLong());
                }
                return List.copyOf(versions);
            });
        }
        long removed = 0;
        if (orphans.isEmpty()) {
            return removed;
        }
        try (Owner owner = new Owner()) {
            for (long version : orphans) {
                Job job = new Job(workspace, version, owner.token);
                try (Session session = session()) {
                    session.executeWrite(tx -> tx.run(CREATE_JOB, Map.of("workspace", workspace, "version", version,
                            "owner", job.owner, "purpose", PURPOSE_DELETE)).consume());
                } catch (ClientException takenMeanwhile) {
                    // another process made a job for this version first (the key is unique): it removes the version
                    continue;
                }
                removed += removeVersion(job, 0, null, ImportListener.NONE);
            }
        }
        return removed;
    }

    private Map<String, Object> deadParams(Map<String, Object> key, List<String> live) {
        Map<String, Object> params = new HashMap<>(key);
        params.put("lease", lease);
        params.put("live", live);
        return params;
    }

    /** Claims a dead job whose owner was {@code seen} (null: given up) when the live owners were not yet read. */
    private boolean claim(Job job, String seen, List<String> live) {
        Map<String, Object> params = deadParams(job.key(), live);
        params.put("seen", seen);
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                tx.run(LOCK_JOB, job.key()).consume();
                // read under the lock: the owner cannot have renewed the heartbeat, nor another process claimed it, since
                if (tx.run(JOB_IS_DEAD, params).single().get("dead").asLong() == 0) {
                    return false;
                }
                tx.run(CLAIM_JOB, Map.of("workspace", job.workspace, "version", job.version, "owner", job.owner,
                        "purpose", PURPOSE_DELETE)).consume();
                return true;
            });
        }
    }

    /**
     * Removes one version's nodes and relationships in batches, then its job. The actors, which carry nearly
     * all of the relationships, are removed in {@code writers} parts at the same time; progress is reported,
     * and the heartbeat renewed, from the calling thread only.
     *
     * @return the number of nodes removed
     */
    private long removeVersion(Job job, long expectedNodes, String phase, ImportListener progress) {
        int limit = Math.max(1, batchSize / 20);
        AtomicLong removed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable report = () -> {
            if (phase != null) {
                long done = removed.get();
                progress.progress(phase, done, Math.max(done, expectedNodes));
            }
            heartbeatIfDue(job);
        };
        inParts(writers, "vico-remove", stop, part -> removeAll(job, DELETE_ACTORS, limit, part, writers, removed, stop,
                part == 0 ? report : null));
        removeAll(job, DELETE_CONSORTIA, limit, 0, 1, removed, stop, report);
        removeAll(job, DELETE_NEIGHBOURHOODS, limit, 0, 1, removed, stop, report);
        try (Session session = session()) {
            session.executeWrite(tx -> {
                requireOwner(tx, job, true);
                return tx.run(DELETE_JOB, job.key()).consume();
            });
        }
        return removed.get();
    }

    /** Deletes one part (internal node id {@code % parts = part}) of a version's nodes of one label, a batch per transaction. */
    private void removeAll(Job job, String statement, int limit, int part, int parts, AtomicLong removed,
                           AtomicBoolean stop, Runnable report) {
        Map<String, Object> params = new HashMap<>(job.key());
        params.put("limit", limit);
        params.put("part", part);
        params.put("parts", parts);
        try (Session session = session()) {
            long deleted;
            do {
                deleted = session.executeWrite(tx -> {
                    requireOwner(tx, job, false);
                    return tx.run(statement, params).single().get("deleted").asLong();
                });
                removed.addAndGet(deleted);
                if (report != null && deleted > 0) {
                    report.run();
                }
            } while (deleted == limit && !stop.get());
        }
    }

    // ---- batches -----------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Columns {
        /** The statement's parameters for items {@code from} (inclusive) to {@code to} (exclusive). */
        Map<String, Object> of(int from, int to);
    }

    /**
     * Runs an import's batch transactions, up to {@code writers} at a time on their own threads, and
     * reports each batch to the listener from the calling thread, in order.
     */
    private final class Batches implements AutoCloseable {
        private final Job job;
        private final ImportListener progress;
        private final ExecutorService pool;

        Batches(Job job, ImportListener progress) {
            this.job = job;
            this.progress = progress;
            this.pool = writers == 1 ? null : Executors.newFixedThreadPool(writers, new WorkerThreads("vico-import-writer"));
        }

        /**
         * Writes {@code total} items in batches; {@code nodes}, when given, receives the internal id of the node
         * created for each item (the statement returns {@code seq} and {@code node}).
         */
        void run(String phase, String statement, int total, Columns columns, long[] nodes) {
            Deque<Future<Integer>> running = new ArrayDeque<>();
            try {
                for (int from = 0; from < total; from += batchSize) {
                    int first = from;
                    int to = Math.min(total, from + batchSize);
                    if (pool == null) {
                        report(phase, write(statement, columns, first, to, nodes), total);
                        continue;
                    }
                    if (running.size() == writers) {
                        finish(running, phase, total);
                    }
                    running.add(pool.submit(() -> write(statement, columns, first, to, nodes)));
                }
                while (!running.isEmpty()) {
                    finish(running, phase, total);
                }
            } catch (RuntimeException | Error e) {
                for (Future<Integer> f : running) {
                    waitQuietly(f, e);
                }
                throw e;
            }
        }

        private void finish(Deque<Future<Integer>> running, String phase, int total) {
            Future<Integer> next = running.poll();
            try {
                report(phase, next.get(), total);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        private void report(String phase, int done, int total) {
            progress.progress(phase, done, total);
            heartbeatIfDue(job);
        }

        /** One batch in one transaction; returns the end of the batch. */
        private int write(String statement, Columns columns, int from, int to, long[] nodes) {
            Map<String, Object> params = new HashMap<>(columns.of(from, to));
            params.put("workspace", job.workspace);
            params.put("version", job.version);
            params.put("first", from);
            long written;
            try (Session session = session()) {
                written = session.executeWrite(tx -> {
                    requireOwner(tx, job, false);
                    Result result = tx.run(statement, params);
                    if (nodes == null) {
                        return result.single().get("written").asLong();
                    }
                    long n = 0;
                    while (result.hasNext()) {
                        Record r = result.next();
                        nodes[r.get("seq").asInt()] = r.get("node").asLong();
                        n++;
                    }
                    return n;
                });
            }
            if (written != to - from) {
                throw new IllegalStateException("wrote " + written + " of " + (to - from) + " rows of the batch from "
                        + from + " — the dataset refers to something missing; read it with DatasetReader, which checks"
                        + " every reference, before importing");
            }
            return to;
        }

        private void waitQuietly(Future<Integer> f, Throwable failure) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.addSuppressed(e);
            } catch (ExecutionException e) {
                failure.addSuppressed(e.getCause());
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Daemon threads named after their task, so that a stuck import or read never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final String prefix;

        WorkerThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + "-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private static Map<String, Object> neighbourhoodColumns(List<Neighbourhood> items, int from, int to) {
        int n = to - from;
        List<Object> ids = new ArrayList<>(n);
        List<Object> names = new ArrayList<>(n);
        List<Object> residents = new ArrayList<>(n);
        for (Neighbourhood h : items.subList(from, to)) {
            ids.add(h.id());
            names.add(h.name());
            residents.add(h.residents());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("ids", ids);
        columns.put("names", names);
        columns.put("residents", residents);
        return columns;
    }

    private static Map<String, Object> actorColumns(List<Actor> items, int from, int to) {
        int n = to - from;
        List<Object> ids = new ArrayList<>(n);
        List<Object> names = new ArrayList<>(n);
        List<Object> types = new ArrayList<>(n);
        List<Object> neighbourhoods = new ArrayList<>(n);
        List<Object> formal = new ArrayList<>(n);
        List<Object> newcomer = new ArrayList<>(n);
        List<Object> attributeKeys = new ArrayList<>(n);
        List<Object> attributeValues = new ArrayList<>(n);
        List<Object> attributeNulls = new ArrayList<>(n);
        for (Actor a : items.subList(from, to)) {
            ids.add(a.id());
            names.add(a.name());
            types.add(a.type().key());
            neighbourhoods.add(a.neighbourhood());
            formal.add(a.formal());
            newcomer.add(a.newcomer());
            if (a.attributes().isEmpty()) {
                attributeKeys.add(null);
                attributeValues.add(null);
                attributeNulls.add(null);
                continue;
            }
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
            attributeKeys.add(keys);
            attributeValues.add(values);
            attributeNulls.add(nulls.isEmpty() ? null : nulls);
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("ids", ids);
        columns.put("names", names);
        columns.put("types", types);
        columns.put("neighbourhoods", neighbourhoods);
        columns.put("formal", formal);
        columns.put("newcomer", newcomer);
        columns.put("attributeKeys", attributeKeys);
        columns.put("attributeValues", attributeValues);
        columns.put("attributeNulls", attributeNulls);
        return columns;
    }

    /** The ties' columns, read from the network's own columns: the actors' positions give their nodes. */
    private static Map<String, Object> tieColumns(StakeholderNetwork net, int from, int to, long[] actorNodes) {
        int n = to - from;
        List<Object> sources = new ArrayList<>(n);
        List<Object> targets = new ArrayList<>(n);
        List<Object> kinds = new ArrayList<>(n);
        List<Object> weights = new ArrayList<>(n);
        List<Object> directed = new ArrayList<>(n);
        for (int i = from; i < to; i++) {
            sources.add(actorNodes[net.sourceIndex(i)]);
            targets.add(actorNodes[net.targetIndex(i)]);
            kinds.add(net.tieKind(i).key());
            weights.add(net.tieWeight(i));
            directed.add(net.tieDirected(i));
        }
        return Map.of("sources", sources, "targets", targets, "kinds", kinds, "weights", weights, "directed", directed);
    }

    private static Map<String, Object> consortiumColumns(List<Consortium> items, int from, int to) {
        int n = to - from;
        List<Object> ids = new ArrayList<>(n);
        List<Object> names = new ArrayList<>(n);
        List<Object> tasks = new ArrayList<>(n);
        List<Object> neighbourhoods = new ArrayList<>(n);
        List<Object> roles = new ArrayList<>(n);
        for (Consortium c : items.subList(from, to)) {
            ids.add(c.id());
            names.add(c.name());
            tasks.add(c.task());
            neighbourhoods.add(c.neighbourhood());
            roles.add(c.municipalityRole() == null ? null : c.municipalityRole().key());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("ids", ids);
        columns.put("names", names);
        columns.put("tasks", tasks);
        columns.put("neighbourhoods", neighbourhoods);
        columns.put("roles", roles);
        return columns;
    }

    private static Map<String, Object> membershipColumns(StakeholderNetwork net, int from, int to, long[] actorNodes,
                                                         Map<String, Integer> consortiumIndex, long[] consortiumNodes) {
        List<Membership> items = net.memberships();
        int n = to - from;
        List<Object> actors = new ArrayList<>(n);
        List<Object> consortia = new ArrayList<>(n);
        List<Object> roles = new ArrayList<>(n);
        List<Object> shares = new ArrayList<>(n);
        for (Membership m : items.subList(from, to)) {
            int actor = net.indexOf(m.actor());
            actors.add(actor < 0 ? -1L : actorNodes[actor]);
            consortia.add(node(consortiumIndex, consortiumNodes, m.consortium()));
            roles.add(m.role() == null ? null : m.role().key());
            shares.add(m.budgetShare());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("actors", actors);
        columns.put("consortia", consortia);
        columns.put("roles", roles);
        columns.put("shares", shares);
        return columns;
    }

    /** The node written for an id; -1 (no node) for an id the dataset does not hold, which the batch's count check reports. */
    private static long node(Map<String, Integer> index, long[] nodes, String id) {
        Integer i = index.get(id);
        return i == null ? -1 : nodes[i];
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * Reads a workspace back: the network imported into it, in its original order, named after the workspace.
     * Reads only the workspace's current version; should an import replace it during the read, reads again.
     *
     * @return empty when there is no such workspace
     */
    public Optional<StakeholderNetwork> load(String workspace) {
        WorkspaceNames.requireValid(workspace);
        prepareToRead();
        for (int attempt = 1; ; attempt++) {
            try {
                return read(workspace);
            } catch (ChangedWhileReading e) {
                if (attempt == READ_ATTEMPTS) {
                    throw new IllegalStateException("workspace " + workspace + " changed " + READ_ATTEMPTS
                            + " times while it was read (" + e.getMessage() + ") — read it again once the imports are done", e);
                }
            }
        }
    }

    /** The workspace's content changed under a read (an import switched versions and removes the old one). */
    private static final class ChangedWhileReading extends RuntimeException {
        ChangedWhileReading(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Everything but the ties in one read transaction; then the ties in {@code writers} parts at the same time,
     * each in its own read transaction; then a check that the version read is still the current one. Neo4j
     * reads committed data, not a snapshot, in one transaction as in several: what guards the read is that a
     * version never changes once it is current, and that the removal of a replaced version shows as missing
     * rows (or the version check at the end), upon which {@link #load} reads again.
     */
    private Optional<StakeholderNetwork> read(String workspace) {
        Map<String, Object> ws = Map.of("workspace", workspace);
        Snapshot snap;
        try (Session session = session()) {
            snap = session.executeRead(tx -> readAllButTies(tx, workspace));
        }
        if (snap == null) {
            return Optional.empty();
        }
        try {
            readTies(snap);
        } catch (Neo4jException e) {
            // the removal of a replaced version can meet the read as an error of the server instead of missing rows
            if (!isCurrent(ws, snap.version)) {
                throw new ChangedWhileReading("an import replaced its content (" + e.code() + ")");
            }
            throw e;
        }
        TieTable ties = snap.tieTable();
        if (!isCurrent(ws, snap.version)) {
            throw new ChangedWhileReading("an import replaced its content");
        }
        return Optional.of(new StakeholderNetwork(workspace, Arrays.asList(snap.actors), ties,
                Arrays.asList(snap.consortia), Arrays.asList(snap.memberships), Arrays.asList(snap.neighbourhoods)));
    }

    /** Whether the workspace still names {@code version} as its current one. */
    private boolean isCurrent(Map<String, Object> ws, long version) {
        try (Session session = session()) {
            List<Record> now = session.executeRead(tx -> tx.run(WORKSPACE_VERSION, ws).list());
            return !now.isEmpty() && !now.get(0).get("version").isNull() && now.get(0).get("version").asLong() == version;
        }
    }

    /**
     * A workspace's version as read so far. The ties are filled in by {@link #readTies} as columns indexed by
     * their {@code seq}: the positions of both actors (-1 while not read), kind and direction, weight.
     */
    private static final class Snapshot {
        final long version;
        final Map<String, Object> params;
        final Neighbourhood[] neighbourhoods;
        final Actor[] actors;
        final NodeIds actorNodes;
        final int[] tieSource;
        final int[] tieTarget;
        final byte[] tieKind;
        final boolean[] tieDirected;
        final double[] tieWeight;
        final Consortium[] consortia;
        final Membership[] memberships;

        Snapshot(String workspace, Value w) {
            version = w.get("version").asLong();
            params = Map.of("workspace", workspace, "version", version);
            neighbourhoods = new Neighbourhood[w.get("neighbourhoods").asInt(0)];
            actors = new Actor[w.get("actors").asInt(0)];
            actorNodes = new NodeIds(actors.length);
            int ties = w.get("ties").asInt(0);
            tieSource = new int[ties];
            Arrays.fill(tieSource, -1);
            tieTarget = new int[ties];
            tieKind = new byte[ties];
            tieDirected = new boolean[ties];
            tieWeight = new double[ties];
            consortia = new Consortium[w.get("consortia").asInt(0)];
            memberships = new Membership[w.get("memberships").asInt(0)];
        }

        /** The ties in their order, once every one was read. */
        TieTable tieTable() {
            TieTable table = new TieTable(tieSource.length);
            for (int i = 0; i < tieSource.length; i++) {
                if (tieSource[i] < 0) {
                    throw new ChangedWhileReading("found fewer ties than the workspace holds");
                }
                table.add(tieSource[i], tieTarget[i], TIE_KIND_VALUES[tieKind[i]], tieWeight[i], tieDirected[i]);
            }
            return table;
        }
    }

    private static Snapshot readAllButTies(TransactionContext tx, String workspace) {
        List<Record> found = tx.run(FIND_WORKSPACE, Map.of("workspace", workspace)).list();
        if (found.isEmpty()) {
            return null;
        }
        Value w = found.get(0).get("w");
        if (w.get("version").isNull()) {
            throw new IllegalStateException("workspace " + workspace + " has no current version — run any vico command"
                    + " that imports, or import the workspace again");
        }
        Snapshot snap = new Snapshot(workspace, w);
        Result rows = tx.run(LOAD_NEIGHBOURHOODS, snap.params);
        while (rows.hasNext()) {
            Record r = rows.next();
            Value residents = r.get("residents");
            place(snap.neighbourhoods, r.get("seq").asInt(), new Neighbourhood(r.get("id").asString(),
                    r.get("name").asString(), residents.isNull() ? null : residents.asInt()), "neighbourhood");
        }
        rows = tx.run(LOAD_ACTORS, snap.params);
        while (rows.hasNext()) {
            Record r = rows.next();
            int seq = r.get("seq").asInt();
            place(snap.actors, seq, actor(r), "actor");
            snap.actorNodes.put(r.get("node").asLong(), seq);
        }
        complete(snap.actors, "actors");
        NodeIds consortiumNodes = new NodeIds(snap.consortia.length);
        rows = tx.run(LOAD_CONSORTIA, snap.params);
        while (rows.hasNext()) {
            Record r = rows.next();
            int seq = r.get("seq").asInt();
            String role = nullable(r.get("municipalityRole"));
            place(snap.consortia, seq, new Consortium(r.get("id").asString(), r.get("name").asString(),
                    nullable(r.get("task")), nullable(r.get("neighbourhood")),
                    role == null ? null : parse(role, MunicipalRole::parse)), "consortium");
            consortiumNodes.put(r.get("node").asLong(), seq);
        }
        rows = tx.run(LOAD_MEMBERSHIPS, snap.params);
        while (rows.hasNext()) {
            Record r = rows.next();
            int actor = snap.actorNodes.get(r.get("actor").asLong());
            int consortium = consortiumNodes.get(r.get("consortium").asLong());
            if (actor < 0 || consortium < 0) {
                throw new ChangedWhileReading("a membership leads to a node of another version");
            }
            String role = nullable(r.get("role"));
            Value share = r.get("budgetShare");
            place(snap.memberships, r.get("seq").asInt(), new Membership(snap.consortia[consortium].id(),
                    snap.actors[actor].id(), role == null ? null : parse(role, MemberRole::parse),
                    share.isNull() ? null : share.asDouble()), "membership");
        }
        complete(snap.neighbourhoods, "neighbourhoods");
        complete(snap.consortia, "consortia");
        complete(snap.memberships, "memberships");
        return snap;
    }

    /** Reads the ties in {@code writers} parts at the same time (the calling thread reads the first). */
    private void readTies(Snapshot snap) {
        int parts = snap.tieSource.length < batchSize ? 1 : writers;
        inParts(parts, "vico-read", new AtomicBoolean(), part -> readTies(snap, part, parts));
    }

    /**
     * Runs {@code task} for the parts 0 to {@code parts - 1} at the same time, part 0 on the calling thread,
     * and waits for all of them. On the first failure {@code stop} is set, so that the other parts can end
     * early; that failure is thrown with the others' suppressed into it.
     */
    private static void inParts(int parts, String threads, AtomicBoolean stop, IntConsumer task) {
        if (parts == 1) {
            task.accept(0);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts - 1, new WorkerThreads(threads));
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int p = part;
                others.add(pool.submit(() -> {
                    try {
                        task.accept(p);
                    } catch (RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            Throwable failure = null;
            try {
                task.accept(0);
            } catch (RuntimeException | Error e) {
                stop.set(true);
                failure = e;
            }
            for (Future<?> f : others) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    failure = first(failure, new IllegalStateException("interrupted while waiting for " + threads, e));
                } catch (ExecutionException e) {
                    failure = first(failure, e.getCause());
                }
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable first(Throwable failure, Throwable next) {
        if (failure == null) {
            return next;
        }
        if (failure != next) {
            failure.addSuppressed(next);
        }
        return failure;
    }

    /** One part of the ties, in one read transaction; each tie goes to its own slot of {@code snap.ties}. */
    private void readTies(Snapshot snap, int part, int parts) {
        Map<String, Object> params = new HashMap<>(snap.params);
        params.put("part", part);
        params.put("parts", parts);
        int[] tieSource = snap.tieSource;
        try (Session session = session()) {
            session.executeRead(tx -> {
                Result rows = tx.run(LOAD_TIES, params);
                while (rows.hasNext()) {
                    Record r = rows.next();
                    int source = snap.actorNodes.get(r.get(0).asLong());
                    if (source < 0) {
                        throw new ChangedWhileReading("a tie starts at an actor of another version");
                    }
                    Value targets = r.get(1);
                    Value seqs = r.get(2);
                    Value kinds = r.get(3);
                    Value weights = r.get(4);
                    Value directed = r.get(5);
                    for (int i = 0, n = targets.size(); i < n; i++) {
                        int target = snap.actorNodes.get(targets.get(i).asLong());
                        if (target < 0) {
                            throw new ChangedWhileReading("a tie leads to an actor of another version");
                        }
                        int seq = seqs.get(i).asInt();
                        if (seq < 0 || seq >= tieSource.length || tieSource[seq] >= 0) {
                            throw new ChangedWhileReading("found tie number " + seq + " of " + tieSource.length
                                    + " more than once or out of range");
                        }
                        // each seq is written by one reader only; the readers' futures publish the arrays
                        tieSource[seq] = source;
                        snap.tieTarget[seq] = target;
                        snap.tieKind[seq] = (byte) tieKind(kinds.get(i).asString()).ordinal();
                        snap.tieWeight[seq] = weights.get(i).asDouble();
                        snap.tieDirected[seq] = directed.get(i).asBoolean();
                    }
                }
                return null;
            });
        }
    }

    private static <T> void place(T[] into, int seq, T item, String what) {
        if (seq < 0 || seq >= into.length || into[seq] != null) {
            throw new ChangedWhileReading("found " + what + " number " + seq + " of " + into.length + " more than once"
                    + " or out of range");
        }
        into[seq] = item;
    }

    private static void complete(Object[] items, String what) {
        for (Object item : items) {
            if (item == null) {
                throw new ChangedWhileReading("found fewer " + what + " than the workspace holds");
            }
        }
    }

    private static Actor actor(Record a) {
        Map<String, String> attributes = Map.of();
        Value keys = a.get("attributeKeys");
        if (!keys.isNull()) {
            List<String> k = keys.asList(Value::asString);
            List<String> v = a.get("attributeValues").asList(Value::asString);
            List<Integer> nulls = a.get("attributeNulls").isNull() ? List.of() : a.get("attributeNulls").asList(Value::asInt);
            attributes = new LinkedHashMap<>();
            for (int i = 0; i < k.size(); i++) {
                attributes.put(k.get(i), nulls.contains(i) ? null : v.get(i));
            }
        }
        return new Actor(a.get("id").asString(), a.get("name").asString(), parse(a.get("type").asString(), ActorType::parse),
                nullable(a.get("neighbourhood")), a.get("formal").asBoolean(), a.get("newcomer").asBoolean(), attributes);
    }

    private static TieKind tieKind(String key) {
        TieKind kind = TIE_KINDS.get(key);
        return kind != null ? kind : parse(key, TieKind::parse);
    }

    private static <E extends Enum<E>> Map<String, E> keys(E[] values, Function<E, String> key) {
        Map<String, E> map = new HashMap<>();
        for (E e : values) {
            map.put(key.apply(e), e);
        }
        return Map.copyOf(map);
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
        prepareToRead();
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
     * Removes a workspace: it disappears at once (one small transaction), then its content is removed in
     * batches.
     *
     * @return whether there was such a workspace
     */
    public boolean delete(String workspace) {
        WorkspaceNames.requireValid(workspace);
        prepare();
        Long version;
        try (Owner owner = new Owner()) {
            try (Session session = session()) {
                version = session.executeWrite(tx -> {
                    tx.run(LOCK_WORKSPACE_FOR_DELETE, Map.of("workspace", workspace)).consume();
                    List<Record> state = tx.run(WORKSPACE_STATE, Map.of("workspace", workspace)).list();
                    if (state.isEmpty()) {
                        return null;
                    }
                    Value v = state.get(0).get("version");
                    long current = v.isNull() ? 0 : v.asLong();
                    tx.run(CREATE_JOB, Map.of("workspace", workspace, "version", current, "owner", owner.token,
                            "purpose", PURPOSE_DELETE)).consume();
                    tx.run(DELETE_WORKSPACE, Map.of("workspace", workspace)).consume();
                    return current;
                });
            }
            if (version == null) {
                return false;
            }
            Job removal = new Job(workspace, version, owner.token);
            try {
                removeVersion(removal, 0, null, ImportListener.NONE);
            } catch (RuntimeException | Error e) {
                release(removal, e);
                throw e;
            }
        }
        removeOrphans(workspace);
        return true;
    }

    private Session session() {
        return driver.session(sessionConfig);
    }
}
