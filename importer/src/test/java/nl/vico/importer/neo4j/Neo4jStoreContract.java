package nl.vico.importer.neo4j;

import static nl.vico.importer.TestData.ACTORS_HEADER;
import static nl.vico.importer.TestData.CONSORTIA_HEADER;
import static nl.vico.importer.TestData.MEMBERS_HEADER;
import static nl.vico.importer.TestData.TIES_HEADER;
import static nl.vico.importer.TestData.folder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetException;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.ImportListener;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.TestData;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * What every Neo4j the store runs against must give: exact round trips, all-or-nothing imports,
 * idempotent re-imports and separate workspaces. Subclasses supply a driver to a real Neo4j.
 */
abstract class Neo4jStoreContract {
    /** Small, so that the reference datasets take several batches and a failure can strike between them. */
    static final int BATCH = 10;

    @TempDir
    Path tmp;
    Neo4jStore store;

    /** A driver to a running Neo4j whose default database the tests may empty. */
    protected abstract Driver driver();

    /** A second driver to the same Neo4j, which the caller closes (to cut an import's connection). */
    protected abstract Driver newDriver();

    @BeforeEach
    void emptyTheDatabase() {
        driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
        store = new Neo4jStore(driver(), null, BATCH);
        store.ensureSchema();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static Dataset reference(String name) {
        return DatasetReader.read(TestData.referenceDir().resolve(name));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Attributes in a deliberate order with a null, an empty value and awkward keys; parallel ties; a self-loop. */
    static StakeholderNetwork awkward() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("zeta", "1");
        attributes.put("alpha", null);
        attributes.put("empty", "");
        attributes.put("met spatie, en komma", "waarde\nover twee regels");
        Map<String, String> onlyNull = new LinkedHashMap<>();
        onlyNull.put("only", null);
        return StakeholderNetwork.builder("awkward")
                .neighbourhood(new Neighbourhood("n1", "Noord", null))
                .neighbourhood(new Neighbourhood("n0", "Oost", 0))
                .actor(new Actor("b", "Bé \"de\" Bewoner", ActorType.RESIDENT, "n1", true, true, attributes))
                .actor(new Actor("a", "a", ActorType.SCHOOL, null, false, false, Map.of()))
                .actor(new Actor("c", "C", ActorType.BROKER, null, true, false, onlyNull))
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 0.1 + 0.2, false))
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 0.1 + 0.2, false))
                .tie(new Tie("b", "a", TieKind.FUNDS, 1e-300, true))
                .tie(new Tie("c", "c", TieKind.TRUSTS, Double.MAX_VALUE, true))
                .consortium(new Consortium("k2", "K two", null, null, null))
                .consortium(new Consortium("k1", "K one", "run the community centre", "n1", MunicipalRole.NONE))
                .member(new Membership("k1", "b", null, null))
                .member(new Membership("k1", "a", MemberRole.FUNDER, 0.0))
                .member(new Membership("k2", "b", MemberRole.LEAD, 1234567.891))
                .build();
    }

    static Dataset dataset(StakeholderNetwork network) {
        return new Dataset(network, false, sha256(network.toString() + network.hashCode()));
    }

    /**
     * Every node and relationship of the whole database as sorted text: labels and properties of each
     * node; type and properties of each relationship with the text of both ends.
     */
    List<String> dump() {
        List<String> out = new ArrayList<>();
        for (Record r : driver().executableQuery("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").execute().records()) {
            out.add("node " + node(r.get("l"), r.get("p")));
        }
        for (Record r : driver().executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN labels(a) AS la, properties(a) AS pa, type(r) AS t, properties(r) AS pr, labels(b) AS lb, properties(b) AS pb""")
                .execute().records()) {
            out.add("rel " + node(r.get("la"), r.get("pa")) + " -[" + r.get("t").asString() + " "
                    + new TreeMap<>(r.get("pr").asMap()) + "]-> " + node(r.get("lb"), r.get("pb")));
        }
        out.sort(null);
        return out;
    }

    private static String node(Value labels, Value props) {
        List<String> l = new ArrayList<>(labels.asList(Value::asString));
        l.sort(null);
        return l + " " + new TreeMap<>(props.asMap());
    }

    /** Waits (up to a minute) until no open transaction carries an import's guard token. */
    void awaitNoGuardTransaction() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (count("SHOW TRANSACTIONS YIELD metaData WHERE metaData.vicoJobOwner IS NOT NULL RETURN count(*)") > 0) {
            assertThat(System.nanoTime()).as("a guard transaction outlived its connection by a minute").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    long count(String cypher) {
        return driver().executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    // ---- round trips ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"florentine_families", "karate_club", "les_miserables"})
    void roundTrip_referenceDataset_readsBackTheSameNetwork(String name) {
        Dataset d = reference(name);
        ImportSummary summary = store.importNetwork(name, d, ImportListener.NONE);
        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.CREATED);
        assertThat(summary.actors()).isEqualTo(TestData.expectedNetworkInt(name, "n_actors"));
        assertThat(summary.ties()).isEqualTo(TestData.expectedNetworkInt(name, "n_tie_rows"));
        StakeholderNetwork back = store.load(name).orElseThrow();
        assertThat(back.name()).isEqualTo(name);
        assertThat(back.actors()).isEqualTo(d.network().actors());
        assertThat(back.ties()).isEqualTo(d.network().ties());
        assertThat(back.sameContentAs(d.network())).isTrue();
        assertThat(count("MATCH (:Actor)-[r:TIE]->(:Actor) RETURN count(r)"))
                .isEqualTo(TestData.expectedNetworkInt(name, "n_tie_rows"));
    }

    @Test
    void roundTrip_attributesNullsParallelTiesAndOrder_areExact() {
        StakeholderNetwork net = awkward();
        store.importNetwork("awkward", dataset(net), ImportListener.NONE);
        StakeholderNetwork back = store.load("awkward").orElseThrow();
        assertThat(back.actors()).isEqualTo(net.actors());
        assertThat(back.actor("b").orElseThrow().attributes()).containsExactly(
                Map.entry("zeta", "1"), entry("alpha", null), Map.entry("empty", ""),
                Map.entry("met spatie, en komma", "waarde\nover twee regels"));
        assertThat(back.actor("c").orElseThrow().attributes()).containsExactly(entry("only", null));
        assertThat(back.ties()).isEqualTo(net.ties());
        assertThat(back.ties().get(0).weight()).isEqualTo(0.30000000000000004);
        assertThat(back.consortia()).isEqualTo(net.consortia());
        assertThat(back.memberships()).isEqualTo(net.memberships());
        assertThat(back.neighbourhoods()).isEqualTo(net.neighbourhoods());
        assertThat(back.sameContentAs(net)).isTrue();
        assertThat(back).isEqualTo(net.withName("awkward"));
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }

    @Test
    void roundTrip_datasetFolderWithAttributes_isExact() {
        Path dir = folder(tmp.resolve("wijk"),
                "actors.csv", "id,name,type,neighbourhood,formal,newcomer,leeftijd,rol\nann,Ann,bewoner,,,ja,41,\n"
                        + "hc,\"Woonstad, afd. Zuid\",woningcorporatie,,,,,eigenaar\n",
                "ties.csv", TIES_HEADER + "hc,ann,informs,,\nann,hc,trusts,3,\n",
                "consortia.csv", CONSORTIA_HEADER + "c,Buurthuis,,,\n",
                "members.csv", MEMBERS_HEADER + "c,hc,lead,1000\nc,ann,,\n");
        Dataset d = DatasetReader.read(dir);
        store.importNetwork("wijk", d, ImportListener.NONE);
        assertThat(store.load("wijk").orElseThrow().sameContentAs(d.network())).isTrue();
    }

    @Test
    void dutchAliases_areRememberedPerWorkspace_andUnknownMeansEnglish() {
        Path dutchDir = folder(tmp.resolve("dorp"), "actors.csv", ACTORS_HEADER + "b1,Ann,bewoner,,,\ng1,Gemeente,gemeente,,,\n");
        Path englishDir = folder(tmp.resolve("town"), "actors.csv", ACTORS_HEADER + "r1,Ann,resident,,,\nm1,Town,municipality,,,\n");
        Dataset dutch = DatasetReader.read(dutchDir);
        Dataset english = DatasetReader.read(englishDir);
        assertThat(dutch.usesDutchAliases()).isTrue();
        assertThat(english.usesDutchAliases()).isFalse();
        store.importNetwork("dorp", dutch, ImportListener.NONE);
        store.importNetwork("town", english, ImportListener.NONE);
        assertThat(store.usesDutchAliases("dorp")).isTrue();
        assertThat(store.usesDutchAliases("town")).isFalse();
        assertThat(store.usesDutchAliases("absent")).isFalse();
        // new files in the same workspace replace the flag with theirs
        store.importNetwork("town", dutch, ImportListener.NONE);
        assertThat(store.usesDutchAliases("town")).isTrue();
        // a workspace imported before the flag was stored has no such property: English
        driver().executableQuery("MATCH (w:Workspace {name: 'dorp'}) REMOVE w.dutchAliases").execute();
        assertThat(store.usesDutchAliases("dorp")).isFalse();
    }

    @Test
    void roundTrip_emptyNetwork_isAnEmptyWorkspace() {
        Dataset d = dataset(StakeholderNetwork.empty("leeg"));
        assertThat(store.importNetwork("leeg", d, ImportListener.NONE).actors()).isZero();
        StakeholderNetwork back = store.load("leeg").orElseThrow();
        assertThat(back.size()).isZero();
        assertThat(back.sameContentAs(d.network())).isTrue();
        assertThat(store.load("absent")).isEmpty();
    }

    // ---- all or nothing ------------------------------------------------------------------------------

    @Test
    void badDatasetFolder_reportsProblems_andLeavesTheDatabaseExactlyAsBefore() {
        store.importNetwork("karate", reference("karate_club"), ImportListener.NONE);
        List<String> before = dump();
        Path bad = folder(tmp.resolve("karate"), "actors.csv", ACTORS_HEADER + "m01,A,skool,,,\nm02,B,resident,,,\n",
                "ties.csv", TIES_HEADER + "m01,m99,collaborates,,\n");
        assertThatThrownBy(() -> store.importNetwork("karate", DatasetReader.read(bad), ImportListener.NONE))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void invalidWorkspaceName_isRefusedWithTheFix_andChangesNothing() {
        store.importNetwork("florentine", reference("florentine_families"), ImportListener.NONE);
        List<String> before = dump();
        for (String bad : List.of("", "de wijk", "-lead", "a/b", "x".repeat(65))) {
            assertThatThrownBy(() -> store.importNetwork(bad, reference("karate_club"), ImportListener.NONE))
                    .isInstanceOf(InvalidWorkspaceNameException.class).hasMessageContaining("letters, digits");
        }
        assertThatThrownBy(() -> store.load("de wijk")).hasMessageContaining("--workspace de_wijk");
        assertThatThrownBy(() -> store.delete("de wijk")).isInstanceOf(InvalidWorkspaceNameException.class);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void failureInjectedMidImport_leavesThePreviousContentIntact() {
        Dataset previous = reference("florentine_families");
        store.importNetwork("stad", previous, ImportListener.NONE);
        List<String> before = dump();
        AtomicInteger tieBatches = new AtomicInteger();
        ImportListener failAfterSecondTieBatch = (phase, done, total) -> {
            if (phase == ImportListener.TIES && tieBatches.incrementAndGet() == 2) {
                throw new IllegalStateException("injected failure after tie batch 2");
            }
        };
        assertThatThrownBy(() -> store.importNetwork("stad", reference("les_miserables"), failAfterSecondTieBatch))
                .hasMessageContaining("injected failure after tie batch 2");
        assertThat(tieBatches).hasValue(2);
        assertThat(dump()).isEqualTo(before);
        assertThat(store.load("stad").orElseThrow().sameContentAs(previous.network())).isTrue();
    }

    @Test
    void failureInjectedIntoANewWorkspace_leavesNoTrace() {
        store.importNetwork("stad", reference("florentine_families"), ImportListener.NONE);
        List<String> before = dump();
        ImportListener failAtCommit = (phase, done, total) -> {
            if (phase == ImportListener.COMMIT) {
                throw new IllegalStateException("injected failure just before commit");
            }
        };
        assertThatThrownBy(() -> store.importNetwork("nieuw", reference("karate_club"), failAtCommit))
                .hasMessageContaining("injected failure just before commit");
        assertThat(dump()).isEqualTo(before);
        assertThat(store.load("nieuw")).isEmpty();
        assertThat(store.workspaces()).extracting(WorkspaceInfo::name).containsExactly("stad");
    }

    // ---- versions: the new content is written hidden and switched to at once ---------------------------

    /**
     * 12 neighbourhoods, 25 actors, 60 ties, 12 consortia and 24 memberships: with batches of {@link #BATCH}
     * every phase takes two or more batches. {@code suffix} changes every name (and so the content hash).
     */
    static Dataset spread(String suffix) {
        var b = StakeholderNetwork.builder("stad");
        ActorType[] types = ActorType.values();
        TieKind[] kinds = TieKind.values();
        for (int h = 0; h < 12; h++) {
            b.neighbourhood(new Neighbourhood("h" + h, "Wijk " + h + suffix, h == 0 ? null : h * 100));
        }
        for (int i = 0; i < 25; i++) {
            b.actor(new Actor("a" + i, "Actor " + i + suffix, types[i % types.length], "h" + (i % 12), i % 2 == 0, i % 3 == 0,
                    Map.of()));
        }
        for (int i = 0; i < 60; i++) {
            b.tie(new Tie("a" + (i % 25), "a" + ((i * 7 + 3) % 25), kinds[i % kinds.length], 1 + i % 4, i % 2 == 0));
        }
        for (int c = 0; c < 12; c++) {
            b.consortium(new Consortium("k" + c, "K" + c + suffix, null, "h" + c, null));
            b.member(new Membership("k" + c, "a" + c, MemberRole.LEAD, 0.5));
            b.member(new Membership("k" + c, "a" + (c + 12), null, null));
        }
        return dataset(b.build());
    }

    @ParameterizedTest
    @ValueSource(strings = {ImportListener.NEIGHBOURHOODS, ImportListener.ACTORS, ImportListener.TIES, ImportListener.CONSORTIA,
            ImportListener.MEMBERSHIPS})
    void failureInjectedBetweenBatches_ofAnyPhase_leavesThePreviousContentExactly(String phase) {
        Dataset previous = spread("");
        store.importNetwork("stad", previous, ImportListener.NONE);
        List<String> before = dump();
        AtomicInteger batches = new AtomicInteger();
        ImportListener failAfterFirstBatch = (p, done, total) -> {
            if (p.equals(phase) && batches.incrementAndGet() == 1) {
                throw new IllegalStateException("injected failure after the first batch of " + phase);
            }
        };
        assertThatThrownBy(() -> store.importNetwork("stad", spread(" v2"), failAfterFirstBatch))
                .hasMessageContaining("injected failure after the first batch of " + phase);
        assertThat(dump()).isEqualTo(before);
        assertThat(store.load("stad").orElseThrow().sameContentAs(previous.network())).isTrue();
    }

    @Test
    void newContent_isInvisibleUntilTheSwitch_andThenVisibleAllAtOnce() {
        Dataset v1 = spread("");
        Dataset v2 = spread(" v2");
        store.importNetwork("stad", v1, ImportListener.NONE);
        List<StakeholderNetwork> seen = new ArrayList<>();
        List<Long> actorNodes = new ArrayList<>();
        store.importNetwork("stad", v2, (phase, done, total) -> {
            if (phase.equals(ImportListener.MEMBERSHIPS) || phase.equals(ImportListener.COMMIT) && done == 0) {
                seen.add(store.load("stad").orElseThrow());
                actorNodes.add(count("MATCH (a:Actor {workspace: 'stad'}) RETURN count(a)"));
            }
        });
        // 3 membership batches (24 in tens) and the moment before the switch: the old network each time,
        // although both versions' actors (25 + 25) were in the database
        assertThat(seen).hasSize(4).allSatisfy(n -> assertThat(n.sameContentAs(v1.network())).isTrue());
        assertThat(actorNodes).containsOnly(50L);
        assertThat(store.load("stad").orElseThrow().sameContentAs(v2.network())).isTrue();
        assertThat(count("MATCH (a:Actor {workspace: 'stad'}) RETURN count(a)")).isEqualTo(25);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isZero();
        assertThat(store.workspaces()).singleElement().extracting(WorkspaceInfo::contentHash).isEqualTo(v2.contentHash());
    }

    @Test
    void importCutOffMidway_leavesAHiddenVersion_thatNobodySees_andTheNextStoreRemoves() {
        Dataset previous = spread("");
        store.importNetwork("stad", previous, ImportListener.NONE);
        List<String> before = dump();
        Driver doomed = newDriver();
        Neo4jStore cutOff = new Neo4jStore(doomed, null, BATCH);
        ImportListener loseTheConnection = (phase, done, total) -> {
            if (phase.equals(ImportListener.TIES) && done == 30) {
                doomed.close();
            }
        };
        assertThatThrownBy(() -> cutOff.importNetwork("stad", spread(" v2"), loseTheConnection))
                .isInstanceOf(RuntimeException.class);
        // left behind: the new version's 25 actors beside the current 25, and the job that wrote them
        assertThat(count("MATCH (a:Actor {workspace: 'stad'}) RETURN count(a)")).isEqualTo(50);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isEqualTo(1);
        // ... which nobody sees
        assertThat(store.load("stad").orElseThrow().sameContentAs(previous.network())).isTrue();
        assertThat(store.workspaces()).singleElement().extracting(WorkspaceInfo::contentHash).isEqualTo(previous.contentHash());
        // the server ends the transactions of the closed connection, the cut-off import's guard among them
        awaitNoGuardTransaction();
        // so a store starting now takes its job for dead and removes what it wrote
        new Neo4jStore(driver(), null, BATCH).workspaces();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void importTakenForDead_stopsAtItsNextBatch_andLeavesThePreviousContent() {
        Neo4jStore oneWriter = new Neo4jStore(driver(), null, BATCH, 1);
        Dataset previous = spread("");
        oneWriter.importNetwork("stad", previous, ImportListener.NONE);
        List<String> before = dump();
        Neo4jStore impatient = new Neo4jStore(driver(), null, BATCH, 1, Duration.ZERO);
        ImportListener meanwhileAnotherProcessStarts = (phase, done, total) -> {
            if (phase.equals(ImportListener.TIES) && done == 20) {
                impatient.workspaces();
            }
        };
        assertThatThrownBy(() -> oneWriter.importNetwork("stad", spread(" v2"), meanwhileAnotherProcessStarts))
                .hasMessageContaining("was interrupted");
        assertThat(dump()).isEqualTo(before);
        assertThat(oneWriter.load("stad").orElseThrow().sameContentAs(previous.network())).isTrue();
    }

    @Test
    void orphanedContent_ofNoJob_isInvisible_andRemovedByTheNextImportOfItsWorkspace() {
        Dataset v1 = spread("");
        store.importNetwork("stad", v1, ImportListener.NONE);
        // content of a version that no job owns: what a batch under way leaves when it commits after its
        // job was taken for dead and removed
        driver().executableQuery("""
                CREATE (:Actor {workspace: 'stad', version: 7, id: 'a0', seq: 0, name: 'x', type: 'school',
                                formal: true, newcomer: false})
                       -[:TIE {seq: 0, kind: 'informs', weight: 1.0, directed: true}]->
                       (:Actor {workspace: 'stad', version: 7, id: 'a1', seq: 1, name: 'y', type: 'school',
                                formal: true, newcomer: false})""").execute();
        assertThat(store.load("stad").orElseThrow().sameContentAs(v1.network())).isTrue();
        Dataset v2 = spread(" v2");
        store.importNetwork("stad", v2, ImportListener.NONE);
        assertThat(store.load("stad").orElseThrow().sameContentAs(v2.network())).isTrue();
        // v2 alone: 25 actors; 60 ties + 24 memberships
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(25);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(84);
    }

    @Test
    void aDeletionWhileAnImportWrites_goesFirst_andTheImportThenCreatesTheWorkspaceAnew() {
        store.importNetwork("stad", spread(""), ImportListener.NONE);
        Dataset v2 = spread(" v2");
        Neo4jStore other = new Neo4jStore(driver(), null, BATCH);
        AtomicBoolean deleted = new AtomicBoolean();
        // another process deletes the workspace between two tie batches, before the import switches
        ImportListener deleteMidway = (phase, done, total) -> {
            if (phase.equals(ImportListener.TIES) && done == 20) {
                deleted.set(other.delete("stad"));
            }
        };
        ImportSummary summary = store.importNetwork("stad", v2, deleteMidway);
        assertThat(deleted).isTrue();
        // the switch found no workspace: the import created it anew, with its own content only
        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.CREATED);
        assertThat(other.load("stad").orElseThrow().sameContentAs(v2.network())).isTrue();
        // v2 alone: 25 actors, 12 consortia, 12 neighbourhoods; 60 ties + 24 memberships; no job
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(25);
        assertThat(count("MATCH (n) WHERE n:Consortium OR n:Neighbourhood RETURN count(n)")).isEqualTo(24);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(84);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isZero();
    }

    @Test
    void aDeletionRightAfterTheSwitch_removesTheNewContent_whileTheImportRemovesTheOld() {
        store.importNetwork("stad", spread(""), ImportListener.NONE);
        Neo4jStore other = new Neo4jStore(driver(), null, BATCH);
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicBoolean deleted = new AtomicBoolean();
        // another process deletes the workspace while the import removes the version it replaced
        ImportListener deleteAfterTheSwitch = (phase, done, total) -> {
            if (phase.equals(ImportListener.RETIRE) && first.getAndSet(false)) {
                deleted.set(other.delete("stad"));
            }
        };
        ImportSummary summary = store.importNetwork("stad", spread(" v2"), deleteAfterTheSwitch);
        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.REPLACED);
        assertThat(deleted).isTrue();
        // the deletion came last: no workspace, and neither version nor any job left
        assertThat(store.load("stad")).isEmpty();
        assertThat(store.workspaces()).isEmpty();
        assertThat(count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void aStoreStartingWhileAnotherImports_leavesTheLiveImportAlone() {
        Dataset previous = spread("");
        store.importNetwork("stad", previous, ImportListener.NONE);
        Dataset v2 = spread(" v2");
        AtomicInteger othersSeen = new AtomicInteger(-1);
        // a new process starts (its first use removes dead jobs' versions) and imports another workspace
        // while this import is between two tie batches; this import's guard is open, so its job is alive
        ImportListener anotherProcessMidway = (phase, done, total) -> {
            if (phase.equals(ImportListener.TIES) && done == 20) {
                Neo4jStore starting = new Neo4jStore(driver(), null, BATCH);
                othersSeen.set(starting.workspaces().size());
                starting.importNetwork("dorp", previous, ImportListener.NONE);
            }
        };
        assertThat(store.importNetwork("stad", v2, anotherProcessMidway).outcome()).isEqualTo(ImportSummary.Outcome.REPLACED);
        // the new process saw only the current workspace, not the hidden version under way
        assertThat(othersSeen).hasValue(1);
        assertThat(store.load("stad").orElseThrow().sameContentAs(v2.network())).isTrue();
        assertThat(store.load("dorp").orElseThrow().sameContentAs(previous.network())).isTrue();
        // two workspaces of one version each: 2 × 25 actors; 2 × (60 + 24) relationships; no job
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(50);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(168);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isZero();
    }

    @Test
    void importsIntoTwoWorkspacesAtOnce_bothStand_andDoNotMix() throws Exception {
        Dataset a = spread(" a");
        Dataset b = spread(" b");
        var outcomes = importBothAtOnce("oost", a, "west", b);
        assertThat(outcomes).containsExactly(ImportSummary.Outcome.CREATED, ImportSummary.Outcome.CREATED);
        assertThat(store.load("oost").orElseThrow().sameContentAs(a.network())).isTrue();
        assertThat(store.load("west").orElseThrow().sameContentAs(b.network())).isTrue();
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(50);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isZero();
    }

    @Test
    void twoImportsIntoOneWorkspaceAtOnce_leaveExactlyOneOfThem_andNothingElse() throws Exception {
        Dataset a = spread(" a");
        Dataset b = spread(" b");
        // one creates the workspace and the other replaces it, in either order
        assertThat(importBothAtOnce("stad", a, "stad", b))
                .containsExactlyInAnyOrder(ImportSummary.Outcome.CREATED, ImportSummary.Outcome.REPLACED);
        StakeholderNetwork now = store.load("stad").orElseThrow();
        assertThat(now.sameContentAs(a.network()) || now.sameContentAs(b.network())).as("the workspace holds a or b").isTrue();
        String hash = now.sameContentAs(a.network()) ? a.contentHash() : b.contentHash();
        assertThat(store.workspaces()).singleElement().extracting(WorkspaceInfo::contentHash).isEqualTo(hash);
        // one version only: 25 actors, 12 consortia, 12 neighbourhoods; 60 ties + 24 memberships; no job
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(25);
        assertThat(count("MATCH (c:Consortium) RETURN count(c)")).isEqualTo(12);
        assertThat(count("MATCH (n:Neighbourhood) RETURN count(n)")).isEqualTo(12);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(84);
        assertThat(count("MATCH (j:WorkspaceJob) RETURN count(j)")).isZero();
    }

    /**
     * Imports a into workspace wa and b into wb on two threads, each waiting after its first tie batch until
     * the other has written its first tie batch too, so that both versions are being written at the same time
     * before either switches; returns the two outcomes (a's first).
     */
    private List<ImportSummary.Outcome> importBothAtOnce(String wa, Dataset a, String wb, Dataset b) throws Exception {
        CountDownLatch bothWriting = new CountDownLatch(2);
        ImportListener meetHalfWay = (phase, done, total) -> {
            if (phase.equals(ImportListener.TIES) && done == BATCH) {
                bothWriting.countDown();
                await(bothWriting);
            }
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<ImportSummary> first = two.submit(() -> new Neo4jStore(driver(), null, BATCH).importNetwork(wa, a, meetHalfWay));
            Future<ImportSummary> second = two.submit(() -> new Neo4jStore(driver(), null, BATCH).importNetwork(wb, b, meetHalfWay));
            return List.of(first.get(2, TimeUnit.MINUTES).outcome(), second.get(2, TimeUnit.MINUTES).outcome());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void readsWhileImportsReplaceTheContent_seeOneWholeVersionEachTime() throws Exception {
        Dataset v1 = spread("");
        Dataset v2 = spread(" v2");
        store.importNetwork("stad", v1, ImportListener.NONE);
        AtomicBoolean importing = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<List<StakeholderNetwork>> reads = reader.submit(() -> {
                Neo4jStore other = new Neo4jStore(driver(), null, BATCH);
                List<StakeholderNetwork> seen = new ArrayList<>();
                while (importing.get() || seen.isEmpty()) {
                    seen.add(other.load("stad").orElseThrow());
                }
                return seen;
            });
            List<StakeholderNetwork> inRetirement = new ArrayList<>();
            for (Dataset next : List.of(v2, v1, v2)) {
                // right after each switch, while the replaced version is being removed node by node
                AtomicBoolean first = new AtomicBoolean(true);
                store.importNetwork("stad", next, (phase, done, total) -> {
                    if (phase.equals(ImportListener.RETIRE) && first.getAndSet(false)) {
                        inRetirement.add(store.load("stad").orElseThrow());
                    }
                });
            }
            importing.set(false);
            List<StakeholderNetwork> seen = reads.get(2, TimeUnit.MINUTES);
            assertThat(seen).isNotEmpty().allSatisfy(n -> assertThat(n.sameContentAs(v1.network()) || n.sameContentAs(v2.network()))
                    .as("a whole version").isTrue());
            assertThat(inRetirement).hasSize(3);
            assertThat(inRetirement.get(0).sameContentAs(v2.network())).isTrue();
            assertThat(inRetirement.get(1).sameContentAs(v1.network())).isTrue();
            assertThat(inRetirement.get(2).sameContentAs(v2.network())).isTrue();
        } finally {
            importing.set(false);
            reader.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).as("the other import reached its ties").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void databaseWrittenInFormat1_isMigrated_andReadsBackTheSameNetwork() {
        // schema and content as format 1 wrote them: keys (workspace, id), no versions
        for (String label : List.of("actor", "consortium", "neighbourhood")) {
            driver().executableQuery("DROP CONSTRAINT vico_" + label + "_key IF EXISTS").execute();
        }
        driver().executableQuery("DROP CONSTRAINT vico_job_key IF EXISTS").execute();
        driver().executableQuery("CREATE CONSTRAINT vico_actor_key FOR (a:Actor) REQUIRE (a.workspace, a.id) IS UNIQUE").execute();
        driver().executableQuery("CREATE CONSTRAINT vico_consortium_key FOR (c:Consortium) REQUIRE (c.workspace, c.id) IS UNIQUE")
                .execute();
        driver().executableQuery("""
                CREATE (:Workspace {name: 'oud', contentHash: $hash, source: 'oud', actors: 2, ties: 1, consortia: 1,
                                    memberships: 1, neighbourhoods: 1, formatVersion: 1})
                CREATE (:Neighbourhood {workspace: 'oud', id: 'n1', seq: 0, name: 'Noord'})
                CREATE (a:Actor {workspace: 'oud', id: 'a', seq: 0, name: 'A', type: 'school', neighbourhood: 'n1',
                                 formal: true, newcomer: false})
                CREATE (b:Actor {workspace: 'oud', id: 'b', seq: 1, name: 'B', type: 'resident', formal: false,
                                 newcomer: true, attributeKeys: ['leeftijd', 'rol'], attributeValues: ['41', ''],
                                 attributeNulls: [1]})
                CREATE (a)-[:TIE {seq: 0, kind: 'informs', weight: 2.5, directed: true}]->(b)
                CREATE (c:Consortium {workspace: 'oud', id: 'k', seq: 0, name: 'K', municipalityRole: 'client'})
                CREATE (b)-[:MEMBER {seq: 0, role: 'lead', budgetShare: 0.5}]->(c)""")
                .withParameters(Map.of("hash", "a".repeat(64))).execute();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("leeftijd", "41");
        attributes.put("rol", null);
        StakeholderNetwork expected = StakeholderNetwork.builder("oud")
                .neighbourhood(new Neighbourhood("n1", "Noord", null))
                .actor(new Actor("a", "A", ActorType.SCHOOL, "n1", true, false, Map.of()))
                .actor(new Actor("b", "B", ActorType.RESIDENT, null, false, true, attributes))
                .tie(new Tie("a", "b", TieKind.INFORMS, 2.5, true))
                .consortium(new Consortium("k", "K", null, null, MunicipalRole.CLIENT))
                .member(new Membership("k", "b", MemberRole.LEAD, 0.5))
                .build();

        Neo4jStore upgraded = new Neo4jStore(driver(), null, BATCH);
        assertThat(upgraded.load("oud")).contains(expected);
        Record key = driver().executableQuery("SHOW CONSTRAINTS YIELD name, properties WHERE name = 'vico_actor_key'"
                + " RETURN properties").execute().records().get(0);
        assertThat(key.get("properties").asList(Value::asString)).containsExactly("workspace", "version", "id");
        // the same files again: written anew in format 2, as the format differs although the hash is the same
        ImportSummary again = upgraded.importNetwork("oud", new Dataset(expected, false, "a".repeat(64)), ImportListener.NONE);
        assertThat(again.outcome()).isEqualTo(ImportSummary.Outcome.REPLACED);
        assertThat(upgraded.load("oud")).contains(expected);
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(2);
    }

    // ---- re-imports ----------------------------------------------------------------------------------

    @Test
    void reimport_ofTheSameDataset_changesNothing_andSaysUnchanged() {
        ImportSummary first = store.importNetwork("karate", reference("karate_club"), ImportListener.NONE);
        List<String> before = dump();
        List<String> phases = new ArrayList<>();
        ImportSummary again = store.importNetwork("karate", reference("karate_club"), (p, d, t) -> phases.add(p));
        assertThat(first.unchanged()).isFalse();
        assertThat(again.outcome()).isEqualTo(ImportSummary.Outcome.UNCHANGED);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(phases).isEmpty();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void reimport_ofAChangedFolder_replacesTheWorkspaceContent() {
        Path dir = tmp.resolve("wijk");
        folder(dir, "actors.csv", ACTORS_HEADER + "a,A,school,,,\nb,B,resident,,,\nc,C,broker,,,\n",
                "ties.csv", TIES_HEADER + "a,b,informs,,\nb,c,trusts,,\n",
                "consortia.csv", CONSORTIA_HEADER + "k,K,,,\n", "members.csv", MEMBERS_HEADER + "k,a,lead,\nk,c,,\n");
        Dataset v1 = DatasetReader.read(dir);
        store.importNetwork("wijk", v1, ImportListener.NONE);
        folder(dir, "actors.csv", ACTORS_HEADER + "b,B renamed,resident,,,\nd,D,business,,,yes\n",
                "ties.csv", TIES_HEADER + "d,b,funds,5,\n",
                "consortia.csv", CONSORTIA_HEADER, "members.csv", MEMBERS_HEADER);
        Dataset v2 = DatasetReader.read(dir);
        assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());

        ImportSummary summary = store.importNetwork("wijk", v2, ImportListener.NONE);
        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.REPLACED);
        assertThat(store.load("wijk").orElseThrow().sameContentAs(v2.network())).isTrue();
        // nothing of v1 is left behind: 2 actors, 1 tie, no consortium, no membership
        assertThat(count("MATCH (n) WHERE n.workspace = 'wijk' RETURN count(n)")).isEqualTo(2);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(1);
        assertThat(store.workspaces()).singleElement().satisfies(w -> {
            assertThat(w.actors()).isEqualTo(2);
            assertThat(w.ties()).isEqualTo(1);
            assertThat(w.consortia()).isZero();
            assertThat(w.contentHash()).isEqualTo(v2.contentHash());
        });
    }

    // ---- workspaces ----------------------------------------------------------------------------------

    @Test
    void workspaces_withOverlappingActorIds_doNotMix_andDeletingOneLeavesTheOther() {
        StakeholderNetwork north = StakeholderNetwork.builder("north").actor("a", ActorType.SCHOOL)
                .actor("b", ActorType.RESIDENT).tie("a", "b", TieKind.INFORMS).build();
        StakeholderNetwork south = StakeholderNetwork.builder("south").actor("b", ActorType.BUSINESS)
                .actor("a", ActorType.FOUNDATION).actor("z", ActorType.BROKER)
                .tie("b", "a", TieKind.FUNDS).tie("a", "z", TieKind.TRUSTS).build();
        store.importNetwork("north", dataset(north), ImportListener.NONE);
        store.importNetwork("south", dataset(south), ImportListener.NONE);

        assertThat(store.load("north").orElseThrow().sameContentAs(north)).isTrue();
        assertThat(store.load("south").orElseThrow().sameContentAs(south)).isTrue();
        assertThat(store.workspaces()).extracting(WorkspaceInfo::name).containsExactly("north", "south");
        assertThat(count("MATCH (s:Actor)-[:TIE]-(t:Actor) WHERE s.workspace <> t.workspace RETURN count(*)")).isZero();

        List<String> southBefore = dump().stream().filter(s -> !s.contains("workspace=north") && !s.contains("name=north"))
                .toList();
        assertThat(store.delete("north")).isTrue();
        assertThat(store.delete("north")).isFalse();
        assertThat(store.load("north")).isEmpty();
        assertThat(dump()).isEqualTo(southBefore);
        assertThat(store.load("south").orElseThrow().sameContentAs(south)).isTrue();
    }

    @Test
    void workspaces_listNameCountsSourceHashAndTimeOfImport() {
        Instant before = Instant.now().minusSeconds(1);
        Dataset karate = reference("karate_club");
        store.importNetwork("zachary", karate, ImportListener.NONE);
        store.importNetwork("awkward", dataset(awkward()), ImportListener.NONE);
        List<WorkspaceInfo> all = store.workspaces();
        assertThat(all).extracting(WorkspaceInfo::name).containsExactly("awkward", "zachary");
        WorkspaceInfo z = all.get(1);
        assertThat(z.actors()).isEqualTo(TestData.expectedNetworkInt("karate_club", "n_actors"));
        assertThat(z.ties()).isEqualTo(TestData.expectedNetworkInt("karate_club", "n_tie_rows"));
        assertThat(z.consortia()).isZero();
        assertThat(z.source()).isEqualTo("karate_club");
        assertThat(z.contentHash()).isEqualTo(karate.contentHash());
        assertThat(z.importedAt()).isBetween(before, Instant.now().plusSeconds(1));
        // awkward(): 3 actors, 4 ties, 2 consortia, 3 memberships, 2 neighbourhoods
        assertThat(all.get(0)).extracting(WorkspaceInfo::actors, WorkspaceInfo::ties, WorkspaceInfo::consortia,
                WorkspaceInfo::memberships, WorkspaceInfo::neighbourhoods).containsExactly(3, 4, 2, 3, 2);
    }

    // ---- schema and progress -------------------------------------------------------------------------

    @Test
    void ensureSchema_isIdempotent_andKeepsActorIdsUniquePerWorkspaceVersion() {
        store.ensureSchema();
        store.ensureSchema();
        List<String> names = driver().executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records()
                .stream().map(r -> r.get("name").asString()).toList();
        assertThat(names).contains("vico_workspace_name", "vico_actor_key", "vico_consortium_key", "vico_neighbourhood_key",
                "vico_job_key");
        driver().executableQuery("CREATE (:Actor {workspace: 'w1', version: 1, id: 'x'}), (:Actor {workspace: 'w2', version: 1, id: 'x'}),"
                + " (:Actor {workspace: 'w1', version: 2, id: 'x'})").execute();
        assertThatThrownBy(() -> driver().executableQuery("CREATE (:Actor {workspace: 'w1', version: 1, id: 'x'})").execute())
                .hasMessageContaining("already exists");
    }

    @Test
    void statements_seekAnIndexOrNodeIds_andNeedNoEagerStep() {
        // statements that find a workspace, a job or a version's content: a seek of a unique index
        List<String> seekIndex = List.of(Neo4jStore.FIND_WORKSPACE, Neo4jStore.LOCK_WORKSPACE, Neo4jStore.WORKSPACE_STATE,
                Neo4jStore.SET_WORKSPACE, Neo4jStore.LOCK_WORKSPACE_FOR_DELETE, Neo4jStore.DELETE_WORKSPACE,
                Neo4jStore.WORKSPACE_VERSION, Neo4jStore.JOB_OWNER, Neo4jStore.HEARTBEAT, Neo4jStore.LOCK_JOB,
                Neo4jStore.JOB_IS_DEAD, Neo4jStore.CLAIM_JOB, Neo4jStore.RELEASE_JOB, Neo4jStore.REPOINT_JOB,
                Neo4jStore.DELETE_JOB, Neo4jStore.CONTENT_VERSIONS, Neo4jStore.JOB_VERSIONS,
                Neo4jStore.LOAD_NEIGHBOURHOODS, Neo4jStore.LOAD_ACTORS, Neo4jStore.LOAD_TIES, Neo4jStore.LOAD_CONSORTIA,
                Neo4jStore.LOAD_MEMBERSHIPS);
        // relationships are created between nodes found by the ids their batch returned
        List<String> seekNodeIds = List.of(Neo4jStore.CREATE_TIES, Neo4jStore.CREATE_MEMBERSHIPS);
        List<String> create = List.of(Neo4jStore.CREATE_JOB, Neo4jStore.CREATE_NEIGHBOURHOODS, Neo4jStore.CREATE_ACTORS,
                Neo4jStore.CREATE_CONSORTIA);
        for (String statement : seekIndex) {
            assertThat(operators(statement)).as(statement).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
                    .noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan") || o.equals("Eager"));
        }
        // the batched removals: an index seek too, and at most an Eager above the Limit, which holds one batch
        for (String statement : List.of(Neo4jStore.DELETE_ACTORS, Neo4jStore.DELETE_CONSORTIA, Neo4jStore.DELETE_NEIGHBOURHOODS)) {
            List<String> operators = operators(statement);
            assertThat(operators).as(statement).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek")).contains("Limit")
                    .noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan"));
            // operators are listed from the result down to the seek
            assertThat(operators.lastIndexOf("Eager")).as(statement).isLessThan(operators.indexOf("Limit"));
        }
        for (String statement : seekNodeIds) {
            assertThat(operators(statement)).as(statement).contains("NodeByIdSeek")
                    .noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan") || o.equals("Eager"));
        }
        for (String statement : create) {
            assertThat(operators(statement)).as(statement).contains("Create")
                    .noneMatch(o -> o.contains("Scan") || o.contains("Seek") || o.equals("Eager"));
        }
    }

    private List<String> operators(String statement) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("workspace", "w", "version", 1L, "previous", 2L,
                "owner", "o", "purpose", "import", "limit", 10, "first", 0, "props", Map.of(),
                "lease", java.time.Duration.ofMinutes(5), "importedAt", java.time.ZonedDateTime.now()));
        params.put("started", null);
        params.put("part", 0);
        params.put("parts", 2);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(statement);
        while (m.find()) {
            params.putIfAbsent(m.group(1), List.of());
        }
        Plan plan = driver().executableQuery("EXPLAIN " + statement).withParameters(params).execute().summary().plan();
        List<String> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> into) {
        String op = plan.operatorType();
        into.add(op.contains("@") ? op.substring(0, op.indexOf('@')) : op);
        plan.children().forEach(child -> collect(child, into));
    }

    @Test
    void progress_isReportedPerBatch_upToTheTotals() {
        List<String> events = new ArrayList<>();
        store.importNetwork("karate", reference("karate_club"), (p, d, t) -> events.add(p + " " + d + "/" + t));
        // 34 actors in batches of 10: 10, 20, 30, 34; 78 ties: 10 ... 70, 78
        assertThat(events).containsSubsequence("actors 10/34", "actors 20/34", "actors 30/34", "actors 34/34",
                "ties 10/78", "ties 70/78", "ties 78/78", "commit 0/1", "commit 1/1");
        assertThat(events).filteredOn(e -> e.startsWith("ties ")).hasSize(8);
        assertThat(events.get(0)).isEqualTo("removal of old content 0/0");
    }
}
