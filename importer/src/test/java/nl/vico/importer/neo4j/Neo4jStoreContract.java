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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    void ensureSchema_isIdempotent_andKeepsActorIdsUniquePerWorkspace() {
        store.ensureSchema();
        store.ensureSchema();
        List<String> names = driver().executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records()
                .stream().map(r -> r.get("name").asString()).toList();
        assertThat(names).contains("vico_workspace_name", "vico_actor_key", "vico_consortium_key", "vico_neighbourhood_key");
        driver().executableQuery("CREATE (:Actor {workspace: 'w1', id: 'x'}), (:Actor {workspace: 'w2', id: 'x'})").execute();
        assertThatThrownBy(() -> driver().executableQuery("CREATE (:Actor {workspace: 'w1', id: 'x'})").execute())
                .hasMessageContaining("already exists");
    }

    @Test
    void workspaceStatements_seekTheWorkspaceIndex_andNeedNoEagerStep() {
        List<String> statements = List.of(Neo4jStore.FIND_WORKSPACE, Neo4jStore.REMOVE_ACTORS, Neo4jStore.REMOVE_CONSORTIA,
                Neo4jStore.REMOVE_NEIGHBOURHOODS, Neo4jStore.MERGE_NEIGHBOURHOODS, Neo4jStore.MERGE_ACTORS,
                Neo4jStore.CREATE_TIES, Neo4jStore.MERGE_CONSORTIA, Neo4jStore.CREATE_MEMBERSHIPS, Neo4jStore.LOAD_NEIGHBOURHOODS,
                Neo4jStore.LOAD_ACTORS, Neo4jStore.LOAD_TIES, Neo4jStore.LOAD_CONSORTIA, Neo4jStore.LOAD_MEMBERSHIPS);
        for (String statement : statements) {
            Plan plan = driver().executableQuery("EXPLAIN " + statement)
                    .withParameters(Map.of("workspace", "w", "rows", List.of())).execute().summary().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            assertThat(operators).as(statement).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
                    .noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan") || o.equals("Eager"));
        }
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
