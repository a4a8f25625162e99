package nl.vico.importer;

import static nl.vico.importer.TestData.ACTORS_HEADER;
import static nl.vico.importer.TestData.CONSORTIA_HEADER;
import static nl.vico.importer.TestData.MEMBERS_HEADER;
import static nl.vico.importer.TestData.NEIGHBOURHOODS_HEADER;
import static nl.vico.importer.TestData.TIES_HEADER;
import static nl.vico.importer.TestData.folder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetReaderTest {
    @TempDir
    Path tmp;

    private List<Problem> problems(Path dir) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read(dir));
        assertThat(e).as("reading %s should fail", dir).isNotNull();
        return e.problems();
    }

    private Problem onlyProblem(Path dir) {
        List<Problem> all = problems(dir);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** actors.csv with the full header; rows need six values. */
    private static String actors(String... rows) {
        return ACTORS_HEADER + String.join("\n", rows) + "\n";
    }

    /** actors.csv with only the columns id, name and type. */
    private static String actors3(String... rows) {
        return "id,name,type\n" + String.join("\n", rows) + "\n";
    }

    // ---- the reference datasets ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"florentine_families", "karate_club", "les_miserables"})
    void referenceDataset_readsWithoutProblems_withTheCountsOfExpectedJson(String name) {
        Dataset d = DatasetReader.read(TestData.referenceDir().resolve(name));
        assertThat(d.network().name()).isEqualTo(name);
        assertThat(d.network().size()).isEqualTo(TestData.expectedNetworkInt(name, "n_actors"));
        assertThat(d.network().ties()).hasSize(TestData.expectedNetworkInt(name, "n_tie_rows"));
        assertThat(d.network().consortia()).isEmpty();
        assertThat(d.usesDutchAliases()).isFalse();
        assertThat(d.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void karateClub_firstTie_hasItsWeightAndIsUndirected() {
        // ties.csv line 2: m01,m02,collaborates,4,false
        Dataset d = DatasetReader.read(TestData.referenceDir().resolve("karate_club"));
        assertThat(d.network().ties().get(0)).isEqualTo(new Tie("m01", "m02", TieKind.COLLABORATES, 4.0, false));
        assertThat(d.network().actor("m01").orElseThrow().name()).isEqualTo("Member 1 (Mr. Hi, the instructor)");
    }

    // ---- a complete, valid dataset -------------------------------------------------------------------

    @Test
    void fullDataset_readsEveryFileWithDefaults() {
        Path dir = folder(tmp.resolve("de-wijk"),
                "neighbourhoods.csv", NEIGHBOURHOODS_HEADER + "noord,Noord,12000\nzuid,Zuid,\n",
                "actors.csv", "id,name,type,neighbourhood,formal,newcomer,age,club\n"
                        + "ann,Ann,resident,noord,,,41,\n"
                        + "hc,Woonstad,housing_corporation,,,yes,,x\n"
                        + "rg,Bewoners Noord,resident_group,noord,JA,0,,\n"
                        + "gem,,municipality,,Nee,,,\n",
                "ties.csv", TIES_HEADER + "ann,rg,member_of,,\nhc,ann,funds,2.5,false\ngem,hc,collaborates,,\nann,rg,member_of,,\n",
                "consortia.csv", CONSORTIA_HEADER + "c1,Buurthuis,run the community centre,noord,opdrachtgever\nc2,,,,\n",
                "members.csv", MEMBERS_HEADER + "c1,rg,penvoerder,0.6\nc1,hc,partner,\nc2,ann,,\n");
        Dataset d = DatasetReader.read(dir);
        StakeholderNetwork n = d.network();
        assertThat(n.name()).isEqualTo("de-wijk");
        assertThat(d.usesDutchAliases()).as("opdrachtgever and penvoerder are Dutch").isTrue();
        assertThat(n.neighbourhoods()).containsExactly(new Neighbourhood("noord", "Noord", 12000),
                new Neighbourhood("zuid", "Zuid", null));
        assertThat(n.actors()).containsExactly(
                new Actor("ann", "Ann", ActorType.RESIDENT, "noord", false, false, Map.of("age", "41", "club", "")),
                new Actor("hc", "Woonstad", ActorType.HOUSING_CORPORATION, null, true, true, Map.of("age", "", "club", "x")),
                new Actor("rg", "Bewoners Noord", ActorType.RESIDENT_GROUP, "noord", true, false, Map.of("age", "", "club", "")),
                new Actor("gem", "gem", ActorType.MUNICIPALITY, null, false, false, Map.of("age", "", "club", "")));
        assertThat(n.actor("ann").orElseThrow().attributes().keySet()).containsExactly("age", "club");
        assertThat(n.ties()).containsExactly(
                new Tie("ann", "rg", TieKind.MEMBER_OF, 1.0, true),
                new Tie("hc", "ann", TieKind.FUNDS, 2.5, false),
                new Tie("gem", "hc", TieKind.COLLABORATES, 1.0, false),
                new Tie("ann", "rg", TieKind.MEMBER_OF, 1.0, true));
        assertThat(n.consortia()).containsExactly(
                new Consortium("c1", "Buurthuis", "run the community centre", "noord", MunicipalRole.CLIENT),
                new Consortium("c2", "c2", null, null, null));
        assertThat(n.memberships()).containsExactly(new Membership("c1", "rg", MemberRole.LEAD, 0.6),
                new Membership("c1", "hc", MemberRole.PARTNER, null), new Membership("c2", "ann", null, null));
    }

    @Test
    void actorsOnly_isEnough_andAHeaderOnlyFileIsAnEmptyNetwork() {
        assertThat(DatasetReader.read(folder(tmp.resolve("a"), "actors.csv", actors3("x,X,school"))).network().size())
                .isEqualTo(1);
        Dataset empty = DatasetReader.read(folder(tmp.resolve("b"), "actors.csv", ACTORS_HEADER));
        assertThat(empty.network().size()).isZero();
        assertThat(empty.network().ties()).isEmpty();
    }

    @Test
    void formal_defaultsByType() {
        Dataset d = DatasetReader.read(folder(tmp.resolve("f"), "actors.csv", actors3(
                "r,R,resident", "g,G,resident_group", "s,S,social_entrepreneur", "b,B,broker")));
        assertThat(d.network().actors()).extracting(Actor::formal).containsExactly(false, false, true, true);
        assertThat(d.network().actors()).extracting(Actor::newcomer).containsOnly(false);
    }

    @Test
    void booleans_acceptEverySpellingInAnyCase() {
        String[] yes = {"true", "TRUE", "yes", "Yes", "1", "ja", "JA"};
        String[] no = {"false", "False", "no", "NO", "0", "nee", "Nee"};
        StringBuilder rows = new StringBuilder(ACTORS_HEADER);
        for (int i = 0; i < yes.length; i++) {
            rows.append("y").append(i).append(",,resident,,").append(yes[i]).append(',').append(yes[i]).append('\n');
            rows.append("n").append(i).append(",,school,,").append(no[i]).append(',').append(no[i]).append('\n');
        }
        Dataset d = DatasetReader.read(folder(tmp.resolve("b"), "actors.csv", rows.toString()));
        for (Actor a : d.network().actors()) {
            boolean expected = a.id().startsWith("y");
            assertThat(a.formal()).as(a.id()).isEqualTo(expected);
            assertThat(a.newcomer()).as(a.id()).isEqualTo(expected);
        }
    }

    @Test
    void directed_emptyFollowsTheKind_andAnExplicitValueWins() {
        Dataset d = DatasetReader.read(folder(tmp.resolve("d"), "actors.csv", actors3("a,,school", "b,,school"),
                "ties.csv", TIES_HEADER + "a,b,collaborates,,\na,b,informs,,\na,b,trusts,,yes\na,b,contracts,,no\n"));
        assertThat(d.network().ties()).extracting(Tie::directed).containsExactly(false, true, true, false);
    }

    @Test
    void columnsInAnyOrder_blankLinesSkipped_crlfBomAndSpacesTolerated() throws IOException {
        Path dir = tmp.resolve("o");
        Files.createDirectories(dir);
        Files.write(dir.resolve("actors.csv"), ("\uFEFFType , ID,Name\r\n\r\nschool, a ,\"A, the school\"\r\n,,\r\n"
                + "bewoner,b,B\r\n").getBytes(StandardCharsets.UTF_8));
        Dataset d = DatasetReader.read(dir);
        assertThat(d.network().actors()).extracting(Actor::id).containsExactly("a", "b");
        assertThat(d.network().actor("a").orElseThrow().name()).isEqualTo("A, the school");
        assertThat(d.network().actor("b").orElseThrow().type()).isEqualTo(ActorType.RESIDENT);
        assertThat(d.usesDutchAliases()).isTrue();
    }

    @Test
    void contentHash_isTheSameForTheSameFiles_andChangesWithAnyByte() {
        String a = actors3("a,A,school", "b,B,school");
        String t = TIES_HEADER + "a,b,collaborates,,\n";
        Dataset one = DatasetReader.read(folder(tmp.resolve("one"), "actors.csv", a, "ties.csv", t));
        Dataset two = DatasetReader.read(folder(tmp.resolve("two"), "actors.csv", a, "ties.csv", t));
        Dataset changed = DatasetReader.read(folder(tmp.resolve("three"), "actors.csv", a, "ties.csv", t.replace(",,", ",2,")));
        Dataset noTies = DatasetReader.read(folder(tmp.resolve("four"), "actors.csv", a));
        assertThat(one.contentHash()).isEqualTo(two.contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(one.contentHash());
        assertThat(noTies.contentHash()).isNotEqualTo(one.contentHash());
    }

    @Test
    void reading_writesNothing() throws IOException {
        Path good = folder(tmp.resolve("g"), "actors.csv", actors3("a,A,school"));
        Path bad = folder(tmp.resolve("b"), "actors.csv", actors3("a,A,skool"));
        FileTime before = Files.getLastModifiedTime(good.resolve("actors.csv"));
        DatasetReader.read(good);
        problems(bad);
        try (Stream<Path> files = Files.list(good); Stream<Path> badFiles = Files.list(bad)) {
            assertThat(files).containsExactly(good.resolve("actors.csv"));
            assertThat(badFiles).containsExactly(bad.resolve("actors.csv"));
        }
        assertThat(Files.getLastModifiedTime(good.resolve("actors.csv"))).isEqualTo(before);
    }

    // ---- one problem of each kind --------------------------------------------------------------------

    @Test
    void problem_toString_isFileLineColumnColumnNameWhatAndFix() {
        Path dir = folder(tmp.resolve("p"), "actors.csv", actors3("a,,school", "b,,school"),
                "ties.csv", TIES_HEADER + "a,b,colaborates,,\n");
        assertThat(onlyProblem(dir).toString()).isEqualTo("ties.csv:2:3 (kind): unknown tie kind \"colaborates\" — write"
                + " \"collaborates\" (the nearest allowed value) or another of collaborates, funds, contracts, informs,"
                + " member_of, trusts");
        assertThat(new Problem("actors.csv", 1, 1, "the file is empty", "add a header").toString())
                .isEqualTo("actors.csv:1:1: the file is empty — add a header");
    }

    @Test
    void missingFolder_isAProblem() {
        Problem p = onlyProblem(tmp.resolve("nowhere"));
        assertThat(p.message()).contains("does not exist");
    }

    @Test
    void missingActorsFile_isAProblem() {
        Problem p = onlyProblem(folder(tmp.resolve("m"), "ties.csv", TIES_HEADER));
        assertThat(p.file()).isEqualTo("actors.csv");
        assertThat(p.message()).isEqualTo("the dataset has no actors.csv");
        assertThat(p.fix()).contains("id,name,type,neighbourhood,formal,newcomer");
    }

    @Test
    void missingRequiredColumn_namesTheColumn() {
        Problem p = onlyProblem(folder(tmp.resolve("m"), "actors.csv", "id,name\na,A\n"));
        assertThat(p.file()).isEqualTo("actors.csv");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("the header has no column \"type\"");
        assertThat(p.fix()).startsWith("add the column type");
    }

    @Test
    void emptyFile_isAProblem_forRequiredAndOptionalFiles() {
        List<Problem> all = problems(folder(tmp.resolve("e"), "actors.csv", "", "ties.csv", "\n \n"));
        assertThat(all).extracting(Problem::file).containsExactly("actors.csv", "ties.csv");
        assertThat(all).extracting(Problem::message).containsOnly("the file is empty");
        assertThat(all.get(1).fix()).contains("source,target,kind,weight,directed").contains("or delete the file");
    }

    @Test
    void utf16File_saysSaveItAsUtf8() throws IOException {
        Path dir = tmp.resolve("u");
        Files.createDirectories(dir);
        Files.write(dir.resolve("actors.csv"), ("\uFEFF" + actors3("a,A,school")).getBytes(StandardCharsets.UTF_16LE));
        Problem p = onlyProblem(dir);
        assertThat(p.toString()).startsWith("actors.csv:1:1: the file is encoded as UTF-16").contains("save it as UTF-8");
    }

    @Test
    void invalidUtf8_isLocatedAtTheFirstBadByte_withItsColumnName() throws IOException {
        Path dir = tmp.resolve("w");
        Files.createDirectories(dir);
        byte[] ok = actors3("a,A,school").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "b,Caf\u00e9 B,school\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[ok.length + bad.length];
        System.arraycopy(ok, 0, all, 0, ok.length);
        System.arraycopy(bad, 0, all, ok.length, bad.length);
        Files.write(dir.resolve("actors.csv"), all);
        Problem p = onlyProblem(dir);
        // header on line 1, "a,A,school" on line 2, the é of "Café B" in the name (column 2) of line 3
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(2);
        assertThat(p.message()).contains("0xE9").contains("not valid UTF-8");
        assertThat(p.fix()).contains("UTF-8");
    }

    @Test
    void duplicateId_namesTheLineOfTheFirst() {
        Problem p = onlyProblem(folder(tmp.resolve("d"), "actors.csv", actors3("a,A,school", "b,B,school", "a,A2,school")));
        assertThat(p.toString()).startsWith("actors.csv:4:1 (id): actor id \"a\" is used twice (first on line 2) — ");
    }

    @Test
    void duplicateConsortiumAndNeighbourhoodIds_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("d"), "actors.csv", actors3("a,A,school"),
                "consortia.csv", CONSORTIA_HEADER + "c,,,,\nc,,,,\n",
                "neighbourhoods.csv", NEIGHBOURHOODS_HEADER + "n,,\nn,,\n"));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("consortia.csv:3:1 (id): consortium id \"c\" is used twice (first on line 2)"),
                s -> assertThat(s).startsWith("neighbourhoods.csv:3:1 (id): neighbourhood id \"n\" is used twice (first on line 2)"));
    }

    @Test
    void unknownActorInTie_suggestsTheNearestId() {
        Problem p = onlyProblem(folder(tmp.resolve("t"), "actors.csv", actors3("woonstad,W,housing_corporation", "ann,A,resident"),
                "ties.csv", TIES_HEADER + "ann,woonstadt,informs,,\n"));
        assertThat(p.toString()).isEqualTo("ties.csv:2:2 (target): unknown actor \"woonstadt\" — correct it to"
                + " \"woonstad\" (the nearest actor id), or add woonstadt to actors.csv");
    }

    @Test
    void unknownActorInMembership_suggestsTheNearestId() {
        Problem p = onlyProblem(folder(tmp.resolve("t"), "actors.csv", actors3("school1,S,school"),
                "consortia.csv", CONSORTIA_HEADER + "c,,,,\n", "members.csv", MEMBERS_HEADER + "c,schol1,,\n"));
        assertThat(p.toString()).startsWith("members.csv:2:2 (actor): unknown actor \"schol1\" — correct it to \"school1\"");
    }

    @Test
    void unknownType_suggestsTheNearestValidValue() {
        Problem p = onlyProblem(folder(tmp.resolve("t"), "actors.csv", actors3("a,A,bewonr")));
        assertThat(p.toString()).startsWith("actors.csv:2:3 (type): unknown actor type \"bewonr\" — write \"bewoner\"");
        assertThat(p.fix()).contains("resident_group");
    }

    @Test
    void unknownRoleAndMunicipalityRole_suggestTheNearestValidValue() {
        List<Problem> all = problems(folder(tmp.resolve("t"), "actors.csv", actors3("a,A,school"),
                "consortia.csv", CONSORTIA_HEADER + "c,,,,facilitater\n", "members.csv", MEMBERS_HEADER + "c,a,leed,\n"));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("consortia.csv:2:5 (municipality_role): unknown municipality role"
                        + " \"facilitater\" — write \"facilitator\""),
                s -> assertThat(s).startsWith("members.csv:2:3 (role): unknown member role \"leed\" — write \"lead\""));
    }

    @Test
    void badWeights_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("w"), "actors.csv", actors3("a,,school", "b,,school"),
                "ties.csv", TIES_HEADER + "a,b,informs,0,\na,b,informs,-1,\na,b,informs,abc,\na,b,informs,\"2,5\",\n"
                        + "a,b,informs,1e999,\na,b,informs,NaN,\na,b,informs,0.5,\n"));
        assertThat(all).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(all).extracting(Problem::column).containsOnly(4);
        assertThat(all.get(0).message()).isEqualTo("weight 0 is not greater than 0");
        assertThat(all.get(1).message()).isEqualTo("weight -1 is not greater than 0");
        assertThat(all.get(2).message()).isEqualTo("weight \"abc\" is not a number");
        assertThat(all.get(3).fix()).startsWith("write the decimal separator as a point (2.5)");
        assertThat(all.get(4).message()).isEqualTo("weight 1e999 is too large");
        assertThat(all.get(5).message()).isEqualTo("weight \"NaN\" is not a number");
    }

    @Test
    void badBudgetShareAndResidents_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("b"), "actors.csv", actors3("a,,school"),
                "consortia.csv", CONSORTIA_HEADER + "c,,,,\n", "members.csv", MEMBERS_HEADER + "c,a,,-0.1\n",
                "neighbourhoods.csv", NEIGHBOURHOODS_HEADER + "n1,,-5\nn2,,12.5\nn3,,12.000\nn4,,99999999999\nn5,,0\n"));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("members.csv:2:4 (budget_share): budget share -0.1 is negative — "),
                s -> assertThat(s).startsWith("neighbourhoods.csv:2:3 (residents): residents \"-5\" is not a whole number ≥ 0"),
                s -> assertThat(s).startsWith("neighbourhoods.csv:3:3 (residents): residents \"12.5\" is not a whole number"),
                s -> assertThat(s).contains("write it without thousands separators (12000)"),
                s -> assertThat(s).startsWith("neighbourhoods.csv:5:3 (residents): residents 99999999999 is too large"));
    }

    @Test
    void badBoolean_isAProblemNamingTheAcceptedSpellings() {
        Problem p = onlyProblem(folder(tmp.resolve("b"), "actors.csv", actors("a,A,school,,maybe,")));
        assertThat(p.toString()).isEqualTo("actors.csv:2:5 (formal): formal \"maybe\" is not a yes/no value — write"
                + " true/false, yes/no, 1/0 or ja/nee, or leave it empty for the default");
    }

    @Test
    void unknownConsortiumInMembers_isAProblem_withOrWithoutConsortiaFile() {
        Problem withFile = onlyProblem(folder(tmp.resolve("a"), "actors.csv", actors3("a,,school"),
                "consortia.csv", CONSORTIA_HEADER + "buurthuis,,,,\n", "members.csv", MEMBERS_HEADER + "buurthuys,a,,\n"));
        assertThat(withFile.toString()).startsWith("members.csv:2:1 (consortium): unknown consortium \"buurthuys\" —"
                + " correct it to \"buurthuis\"");
        Problem withoutFile = onlyProblem(folder(tmp.resolve("b"), "actors.csv", actors3("a,,school"),
                "members.csv", MEMBERS_HEADER + "buurthuis,a,,\n"));
        assertThat(withoutFile.message()).contains("the dataset has no consortia.csv");
        assertThat(withoutFile.fix()).startsWith("add consortia.csv");
    }

    @Test
    void duplicateMembership_namesTheLineOfTheFirst() {
        Problem p = onlyProblem(folder(tmp.resolve("d"), "actors.csv", actors3("a,,school", "b,,school"),
                "consortia.csv", CONSORTIA_HEADER + "c,,,,\n", "members.csv", MEMBERS_HEADER + "c,a,lead,\nc,b,,\nc,a,partner,\n"));
        assertThat(p.toString()).startsWith("members.csv:4:2 (actor): actor \"a\" is listed twice as member of \"c\""
                + " (first on line 2)");
    }

    @Test
    void rowWithTooManyOrTooFewValues_isAProblem() {
        List<Problem> all = problems(folder(tmp.resolve("r"), "actors.csv", actors("a,Smit, J.,resident,,,", "b,B")));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("actors.csv:2:7: the row has 7 values but the header has 6 columns —"
                        + " put values that contain a comma in quotes"),
                s -> assertThat(s).startsWith("actors.csv:3:3 (type): the row has 2 values but the header has 6 columns"));
    }

    @Test
    void unknownNeighbourhood_isAProblemOnlyWhenNeighbourhoodsAreListed() {
        assertThat(DatasetReader.read(folder(tmp.resolve("free"), "actors.csv", actors("a,,school,Noord,,"))).network()
                .actor("a").orElseThrow().neighbourhood()).isEqualTo("Noord");
        Problem p = onlyProblem(folder(tmp.resolve("listed"), "actors.csv", actors("a,,school,noord-west,,"),
                "neighbourhoods.csv", NEIGHBOURHOODS_HEADER + "noordwest,Noord-West,\n"));
        assertThat(p.toString()).startsWith("actors.csv:2:4 (neighbourhood): unknown neighbourhood \"noord-west\" —"
                + " correct it to \"noordwest\"");
    }

    @Test
    void misspeltColumnAndMisnamedFile_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("m"), "actors.csv", "id,name,type,neighborhood\na,,school,Noord\n",
                "tie.csv", TIES_HEADER));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("actors.csv:1:4 (neighborhood): column \"neighborhood\" is not a column of"
                        + " actors.csv (did you mean \"neighbourhood\"?) — rename it to neighbourhood"),
                s -> assertThat(s).startsWith("tie.csv:1:1: the file name is not one of the format's files (did you mean"));
    }

    @Test
    void headerColumnTwice_isAProblem() {
        Problem p = onlyProblem(folder(tmp.resolve("h"), "actors.csv", "id,name,type,Name\na,A,school,B\n"));
        assertThat(p.toString()).startsWith("actors.csv:1:4 (Name): column \"Name\" appears twice in the header (first as"
                + " column 2) — remove or rename one");
    }

    @Test
    void unnamedColumn_isIgnoredWhenEmpty_andAProblemWhenItHoldsValues() {
        Dataset d = DatasetReader.read(folder(tmp.resolve("e"), "actors.csv", "id,name,type,\na,A,school,\n"));
        assertThat(d.network().actor("a").orElseThrow().attributes()).isEmpty();
        Problem p = onlyProblem(folder(tmp.resolve("v"), "actors.csv", "id,name,type,\na,A,school,\nb,B,school,x\n"));
        assertThat(p.toString()).startsWith("actors.csv:3:4: a value in a column that has no name in the header — give"
                + " column 4 a name");
    }

    @Test
    void csvSyntaxErrors_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("s"), "actors.csv", actors3("a,\"A,school")));
        // the open quote swallows the rest of the file, so the row also lacks its third value
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("actors.csv:2:2: the quoted value that starts here is never closed"),
                s -> assertThat(s).startsWith("actors.csv:2:3 (type): the row has 2 values but the header has 3 columns"));
    }

    @Test
    void emptyIdOrMissingTypeOrKind_areProblems() {
        List<Problem> all = problems(folder(tmp.resolve("s"), "actors.csv", actors3(",A,school", "b,B,"),
                "ties.csv", TIES_HEADER + "b,,funds,,\nb,b,,,\n"));
        assertThat(all).extracting(Problem::toString).satisfiesExactly(
                s -> assertThat(s).startsWith("actors.csv:2:1 (id): the actor has no id"),
                s -> assertThat(s).startsWith("actors.csv:3:3 (type): the actor has no type"),
                s -> assertThat(s).startsWith("ties.csv:2:2 (target): the target actor is missing"),
                s -> assertThat(s).startsWith("ties.csv:3:3 (kind): the tie has no kind"));
    }

    // ---- all at once ---------------------------------------------------------------------------------

    @Test
    void everyProblemOfEveryFile_isReportedAtOnce_inFileLineColumnOrder() {
        Path dir = folder(tmp.resolve("all"),
                "neighbourhoods.csv", NEIGHBOURHOODS_HEADER + "n,N,lots\n",
                "members.csv", MEMBERS_HEADER + "c,zz,boss,\n",
                "consortia.csv", CONSORTIA_HEADER + "c,C,,,nobody\n",
                "ties.csv", TIES_HEADER + "a,b,funds,-2,perhaps\nq,a,trusts,,\n",
                "actors.csv", actors("a,A,skool,,,", "b,B,resident,,,", "a,A again,resident,,,"));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read(dir));
        assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line() + ":" + p.column()).containsExactly(
                "actors.csv:2:3", "actors.csv:4:1",
                "ties.csv:2:4", "ties.csv:2:5", "ties.csv:3:1",
                "consortia.csv:2:5",
                "members.csv:2:2", "members.csv:2:3",
                "neighbourhoods.csv:2:3");
        assertThat(e.getMessage()).startsWith("9 problems in dataset " + dir + " (nothing was imported):")
                .contains(e.problems().get(0).toString());
    }

    @Test
    void datasetException_needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new DatasetException(tmp, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tieEnds_shareTheActorsIdStrings_insteadOfHoldingCopies() {
        Path dir = folder(tmp.resolve("wijk"), "actors.csv", actors("a1,A,school,,,", "b2,B,resident,,,"),
                "ties.csv", TIES_HEADER + "a1,b2,informs,,\nb2,a1,trusts,,\n");
        StakeholderNetwork net = DatasetReader.read(dir).network();
        Actor a = net.actor("a1").orElseThrow();
        Actor b = net.actor("b2").orElseThrow();
        // the same instances, not equal copies: two strings less per tie on the heap
        assertThat(net.ties().get(0).source()).isSameAs(a.id());
        assertThat(net.ties().get(0).target()).isSameAs(b.id());
        assertThat(net.ties().get(1).source()).isSameAs(b.id());
        assertThat(net.ties().get(1).target()).isSameAs(a.id());
    }

    // ---- the quick way and the slow way --------------------------------------------------------------

    @Test
    void tieValues_readTheSameWhateverTheirSpelling() {
        // each row spells weight, kind and direction differently; all must read as Double.parseDouble,
        // Codes.normalise and the yes/no words have it, quoted or not, ASCII or not
        Path dir = folder(tmp.resolve("spellings"), "actors.csv", actors("a,A,school,,,", "b,B,resident,,,", "é,E,broker,,,"),
                "ties.csv", TIES_HEADER
                        + "a,b,funds,2.50,\n"
                        + " a , b , FUNDS ,+.5, JA \n"
                        + "\"a\",\"b\",\"Member Of\",5.,nee\n"
                        + "a,é,member-of,0.1,\"yes\"\n"
                        + "é,a,Trusts,1e1,TRUE\n"
                        + "b,a,informs,\t3\t,0\n"
                        + "b,a,informs,0.30000000000000004,\n"
                        + "a,b,collaborates,123456789.123456789,\n");
        StakeholderNetwork n = DatasetReader.read(dir).network();
        assertThat(n.ties()).containsExactly(
                new Tie("a", "b", TieKind.FUNDS, 2.5, true),
                new Tie("a", "b", TieKind.FUNDS, 0.5, true),
                new Tie("a", "b", TieKind.MEMBER_OF, 5.0, false),
                new Tie("a", "é", TieKind.MEMBER_OF, 0.1, true),
                new Tie("é", "a", TieKind.TRUSTS, 10.0, true),
                new Tie("b", "a", TieKind.INFORMS, 3.0, false),
                new Tie("b", "a", TieKind.INFORMS, 0.1 + 0.2, true),
                new Tie("a", "b", TieKind.COLLABORATES, Double.parseDouble("123456789.123456789"), false));
    }

    @Test
    void numericIds_areFoundByValue_butOnlyAsWritten() {
        // 0..9 and also "007": "7" and "007" are two actors, "10" and "-1" none
        Path dir = folder(tmp.resolve("numbers"), "actors.csv", actors3("0,,school", "1,,school", "2,,school", "3,,school",
                        "4,,school", "5,,school", "6,,school", "7,,school", "8,,school", "9,,school", "007,,broker"),
                "ties.csv", TIES_HEADER + "7,007,trusts,,\n 9 ,0,trusts,,\n");
        StakeholderNetwork n = DatasetReader.read(dir).network();
        assertThat(n.ties()).containsExactly(Tie.of("7", "007", TieKind.TRUSTS), Tie.of("9", "0", TieKind.TRUSTS));
        assertThat(n.sourceIndex(0)).isEqualTo(7);
        assertThat(n.targetIndex(0)).isEqualTo(10);
        List<Problem> all = problems(folder(tmp.resolve("numbers-bad"), "actors.csv", actors3("0,,school", "1,,school"),
                "ties.csv", TIES_HEADER + "0,10,trusts,,\n-1,1,trusts,,\n")); 
        assertThat(all).extracting(Problem::toString).containsExactly(
                "ties.csv:2:2 (target): unknown actor \"10\" — correct it to \"0\" (the nearest actor id), or add 10 to actors.csv",
                "ties.csv:3:1 (source): unknown actor \"-1\" — correct it to \"1\" (the nearest actor id), or add -1 to actors.csv");
    }

    /** actors a0..a99 and {@code rows} ties a(i mod 100) → a(7i mod 100), weight 1 + i mod 4, kind by i. */
    private Path manyTies(String name, int rows, int badRow) {
        StringBuilder actors = new StringBuilder("id,type\n");
        for (int i = 0; i < 100; i++) {
            actors.append('a').append(i).append(",resident\n");
        }
        StringBuilder ties = new StringBuilder(TIES_HEADER);
        for (int i = 0; i < rows; i++) {
            String kind = i == badRow ? "trusst" : i % 2 == 0 ? "trusts" : "funds";
            ties.append('a').append(i % 100).append(",a").append(7 * i % 100).append(',').append(kind).append(',')
                    .append(1 + i % 4).append(",\n");
        }
        return folder(tmp.resolve(name), "actors.csv", actors.toString(), "ties.csv", ties.toString());
    }

    @Test
    void largeTiesFile_readInTwoHalves_keepsTheFileOrder() {
        int rows = DatasetReader.SPLIT_ROWS + 5001;
        StakeholderNetwork n = DatasetReader.read(manyTies("large", rows, -1)).network();
        assertThat(n.tieCount()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(n.sourceIndex(i)).isEqualTo(i % 100);
            assertThat(n.targetIndex(i)).isEqualTo(7 * i % 100);
            assertThat(n.tieWeight(i)).isEqualTo(1 + i % 4);
            assertThat(n.tieKind(i)).isEqualTo(i % 2 == 0 ? TieKind.TRUSTS : TieKind.FUNDS);
        }
    }

    @Test
    void largeTiesFile_withABadRowInTheSecondHalf_saysWhere() {
        int rows = DatasetReader.SPLIT_ROWS + 5001;
        int bad = rows - 10; // on line bad + 2: the header is line 1, row 0 line 2
        Problem p = onlyProblem(manyTies("large-bad", rows, bad));
        assertThat(p.toString()).isEqualTo("ties.csv:" + (bad + 2) + ":3 (kind): unknown tie kind \"trusst\" — write "
                + "\"trusts\" (the nearest allowed value) or another of " + String.join(", ", TieKind.spellings()));
    }
}
