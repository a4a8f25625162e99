package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vico assess}, {@code vico compare} and {@code vico recommend} end to end through the real command line on
 * examples/kanaalwijk, against what examples/README.md predicts.
 */
class AssessFromFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KANAALWIJK = Cli.example("kanaalwijk").toString();

    private static List<String> codes(JsonNode findings) {
        var list = new ArrayList<String>();
        findings.forEach(f -> list.add(f.get("code").asText()));
        return list;
    }

    /** The names of the residents of the example (private persons: never printed). */
    private static List<String> residentNames() throws IOException {
        var names = new ArrayList<String>();
        for (String line : Files.readAllLines(Cli.example("kanaalwijk").resolve("actors.csv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split(",", -1);
            if (cols.length > 2 && cols[2].equals("resident")) {
                names.add(cols[1]);
            }
        }
        assertThat(names).hasSize(70);
        return names;
    }

    @Test
    void assessText_showsScoresFindingsAndSuggestions_residentsByIdOnly() throws IOException {
        Cli run = Cli.run("assess", "kade_beheer", KANAALWIJK);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Assessment of Kade Beheer (Havenstad c.s.) (kade_beheer)")
                .contains("power balance").contains("overall")
                .contains("POWER_CONCENTRATION").contains("MISSING_BROKER").contains("SCALE_TOO_LARGE")
                .contains("what would help:");
        for (String name : residentNames()) {
            assertThat(run.out()).doesNotContain(name);
        }
    }

    @Test
    void assessJson_isTheConsortiumsEntry_withFindingsAndScores() throws IOException {
        Cli run = Cli.run("assess", "zorgzaam_de_kade", KANAALWIJK, "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode got = JSON.readTree(run.out());
        assertThat(got.get("consortium").asText()).isEqualTo("zorgzaam_de_kade");
        assertThat(codes(got.get("findings"))).contains("NO_RESIDENTS", "NO_INFORMAL_PARTNERS", "UNCLEAR_MUNICIPAL_ROLE",
                "DISCONNECTED_MEMBERS", "MISSING_BROKER", "DIVERSITY_GAP").doesNotContain("SCALE_TOO_LARGE");
        for (String key : List.of("diversity", "power_balance", "bridging", "support", "role_clarity", "scale", "overall")) {
            assertThat(got.get("scores").has(key)).as(key).isTrue();
        }
        got.get("findings").forEach(f -> assertThat(f.has("severity") && f.has("evidence") && f.has("threshold")
                && f.has("suggestion") && f.has("actors")).isTrue());
    }

    @Test
    void analyzeJson_hasTheSameFindingsUnderConsortia() throws IOException {
        Cli run = Cli.run("analyze", KANAALWIJK, "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode kade = JSON.readTree(run.out()).at("/consortia/kade_beheer");
        assertThat(codes(kade.get("findings"))).contains("POWER_CONCENTRATION", "MISSING_BROKER", "SCALE_TOO_LARGE",
                "SINGLE_POINT_OF_FAILURE", "DIVERSITY_GAP");
        assertThat(kade.at("/scores/overall").isNumber()).isTrue();
        assertThat(JSON.readTree(run.out()).at("/consortia/samen_de_kade/rank").asInt()).isEqualTo(1);
    }

    @Test
    void assess_unknownConsortium_exit2WithTheNearestId() {
        Cli run = Cli.run("assess", "kade_beheerr", KANAALWIJK);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no consortium kade_beheerr").contains("did you mean kade_beheer?")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void assess_unknownActorOrNonMember_exit2() {
        Cli unknown = Cli.run("assess", "kade_beheer", KANAALWIJK, "--add", "br_buurtverbinder");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--add br_buurtverbinder").contains("did you mean br_buurtverbinders?");
        Cli notMember = Cli.run("assess", "kade_beheer", KANAALWIJK, "--remove", "cw_ggz");
        assertThat(notMember.exit()).isEqualTo(2);
        assertThat(notMember.err()).contains("cannot remove cw_ggz: it is not a member");
    }

    @Test
    void assess_whatIf_addingTheBroker_resolvesMissingBroker() throws IOException {
        Cli run = Cli.run("assess", "kade_beheer", KANAALWIJK, "--add", "br_buurtverbinders", "-f", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode got = JSON.readTree(run.out());
        assertThat(got.get("added").get(0).asText()).isEqualTo("br_buurtverbinders");
        assertThat(codes(got.get("findings_disappeared"))).contains("MISSING_BROKER");
        assertThat(codes(got.get("findings_appeared"))).doesNotContain("MISSING_BROKER");
        assertThat(got.at("/scores/bridging/change").asDouble()).isPositive();
        // joining without budget: the power balance does not move
        assertThat(got.at("/scores/power_balance/change").asDouble()).isZero();

        Cli text = Cli.run("assess", "kade_beheer", KANAALWIJK, "--add", "br_buurtverbinders");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("What if Kade Beheer").contains("adds Buurtverbinders Havendam")
                .contains("Findings that disappear").contains("MISSING_BROKER");
    }

    @Test
    void compare_ranksSamenAanDeKadeFirst_andExplainsEachPair() throws IOException {
        Cli run = Cli.run("compare", KANAALWIJK);
        assertThat(run.exit()).as(run.err()).isZero();
        String firstRow = run.out().lines().filter(l -> l.matches("\\s+1\\s+.*")).findFirst().orElse("");
        assertThat(firstRow).contains("Coalitie Samen aan de Kade");
        assertThat(run.out()).contains("What decides the ranking").contains("ranks above Kade Beheer");
        Cli json = Cli.run("compare", KANAALWIJK, "--task", "exploitatie buurthuis De Kade", "-f", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode got = JSON.readTree(json.out());
        assertThat(got.at("/ranking/0/consortium").asText()).isEqualTo("samen_de_kade");
        assertThat(got.get("ranking")).hasSize(3);
        assertThat(got.get("pairs")).hasSize(3);
    }

    @Test
    void compare_unknownTask_exit2() {
        Cli run = Cli.run("compare", KANAALWIJK, "--task", "exploitatie buurthuis De Kaad");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'exploitatie buurthuis De Kade'");
    }

    @Test
    void recommend_forKadeBeheer_putsTheBrokerFirst() throws IOException {
        Cli run = Cli.run("recommend", "kade_beheer", KANAALWIJK, "--top", "3", "-f", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode got = JSON.readTree(run.out());
        assertThat(got.get("recommendations")).hasSize(3);
        assertThat(got.at("/recommendations/0/actor").asText()).isEqualTo("br_buurtverbinders");
        assertThat(codes(got.at("/recommendations/0/change/findings_disappeared"))).contains("MISSING_BROKER");
        Cli text = Cli.run("recommend", "kade_beheer", KANAALWIJK, "--top", "2");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("1. Buurtverbinders Havendam").contains("budget share of 0%");
        Cli zero = Cli.run("recommend", "kade_beheer", KANAALWIJK, "--top", "0");
        assertThat(zero.exit()).isEqualTo(2);
    }

    @Test
    void policyFile_changesTheFindings_andAWrongKeyIsNamed(@TempDir Path tmp) throws IOException {
        Path lenient = tmp.resolve("lenient.yaml");
        Files.writeString(lenient, "# a lenient panel\nbudget_share_max: 0.8\nbudget_hhi_max: 0.6\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("assess", "kade_beheer", KANAALWIJK, "--policy", lenient.toString(), "-f", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(codes(JSON.readTree(run.out()).get("findings"))).doesNotContain("POWER_CONCENTRATION");

        Path json = tmp.resolve("p.json");
        Files.writeString(json, "{\"budget_share_max\": 0.8, \"budget_hhi_max\": 0.6}", StandardCharsets.UTF_8);
        Cli fromJson = Cli.run("assess", "kade_beheer", KANAALWIJK, "--policy", json.toString(), "-f", "json");
        assertThat(fromJson.exit()).as(fromJson.err()).isZero();
        assertThat(codes(JSON.readTree(fromJson.out()).get("findings"))).doesNotContain("POWER_CONCENTRATION");

        Path typo = tmp.resolve("typo.yaml");
        Files.writeString(typo, "budget_share_mx: 0.8\n", StandardCharsets.UTF_8);
        Cli bad = Cli.run("assess", "kade_beheer", KANAALWIJK, "--policy", typo.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown policy key 'budget_share_mx'").contains("did you mean budget_share_max");

        Path value = tmp.resolve("value.yaml");
        Files.writeString(value, "budget_share_max: lots\n", StandardCharsets.UTF_8);
        Cli badValue = Cli.run("analyze", KANAALWIJK, "--policy", value.toString());
        assertThat(badValue.exit()).isEqualTo(2);
        assertThat(badValue.err()).contains("budget_share_max needs a number");

        Path range = tmp.resolve("range.yaml");
        Files.writeString(range, "scale_residents_max: -5\n", StandardCharsets.UTF_8);
        Cli badRange = Cli.run("compare", KANAALWIJK, "--policy", range.toString());
        assertThat(badRange.exit()).isEqualTo(2);
        assertThat(badRange.err()).contains("scale_residents_max");
    }

    @Test
    void weights_onTheCommandLine() throws IOException {
        Cli run = Cli.run("assess", "kade_beheer", KANAALWIJK, "--weight", "scale=0", "--weight", "power-balance=2",
                "-f", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode parts = JSON.readTree(run.out()).get("score_parts");
        assertThat(parts.at("/scale/weight").asDouble()).isZero();
        assertThat(parts.at("/power_balance/weight").asDouble()).isEqualTo(2.0);
        Cli bad = Cli.run("assess", "kade_beheer", KANAALWIJK, "--weight", "scael=2");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("no criterion 'scael'").contains("did you mean scale?");
        Cli nan = Cli.run("compare", KANAALWIJK, "--weight", "scale=much");
        assertThat(nan.exit()).isEqualTo(2);
        assertThat(nan.err()).contains("must be a number");
    }

    @Test
    void assess_needsExactlyOneSource() {
        assertThat(Cli.run("assess", "kade_beheer").exit()).isEqualTo(2);
        assertThat(Cli.run("assess", "kade_beheer", KANAALWIJK, "--workspace", "x").exit()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "compare", "recommend"})
    void newCommands_haveHelp(String command) {
        Cli run = Cli.run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: vico " + command).contains("--policy");
    }
}
