package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The language of findings and recommendations on the command line: Dutch by default for data written with the
 * Dutch codes (examples/molenhoek), English for English codes (examples/kanaalwijk), {@code --lang} overriding both;
 * the JSON keeps its shape and its {@code message} keys in either language.
 */
class LanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEXTS = Set.of("message", "suggestion", "explanation", "reasons");

    /*
     * examples/molenhoek/members.csv: Dorpshuis Continu gives Stichting Dorpshuis De Molen 0.80 of the budget and
     * Welzijn 0.20 (the housing corporation no share): HHI 0.64 + 0.04 = 0.68, as concentrated as 1/0.68 = 1.47
     * equal holders; the policy allows one member 50%; none of its members is a resident or informal.
     */
    private static final String DUTCH_POWER = "Stichting Dorpshuis De Molen heeft 80% van het budget van Dorpshuis Continu "
            + "in handen, meer dan de 50% die het beleid \u00e9\u00e9n lid toestaat (HHI van het budget 0,68: zo "
            + "geconcentreerd als bij 1,5 gelijke budgethouders).";
    private static final String ENGLISH_POWER = "Stichting Dorpshuis De Molen holds 80% of the budget of Dorpshuis Continu, "
            + "more than the 50% the policy allows one member (budget HHI 0.68: as concentrated as 1.5 equal budget holders).";

    private static JsonNode json(Cli run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> messages(JsonNode findings) {
        var list = new ArrayList<String>();
        findings.forEach(f -> list.add(f.get("message").asText()));
        return list;
    }

    /** The tree with every text value removed: what must be equal in both languages. */
    private static JsonNode withoutTexts(JsonNode node) {
        var copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            TEXTS.forEach(k -> {
                if (o.has(k)) {
                    o.put(k, "");
                }
            });
            o.forEach(LanguageTest::strip);
        } else if (node.isArray()) {
            node.forEach(LanguageTest::strip);
        }
    }

    @Test
    void analyzeJson_ofDutchCodedData_isInDutch_andInEnglishWithLangEn() throws IOException {
        String dir = Cli.example("molenhoek").toString();
        JsonNode dutch = json(Cli.run("analyze", dir, "-f", "json"));
        JsonNode english = json(Cli.run("analyze", dir, "-f", "json", "--lang", "en"));
        assertThat(messages(dutch.at("/consortia/dorpshuis_continu/findings"))).contains(DUTCH_POWER)
                .anySatisfy(m -> assertThat(m).startsWith("Dorpshuis Continu heeft geen bewoners of bewonersorganisaties "
                        + "onder zijn 3 leden"))
                .noneSatisfy(m -> assertThat(m).contains(" the "));
        assertThat(messages(english.at("/consortia/dorpshuis_continu/findings"))).contains(ENGLISH_POWER)
                .anySatisfy(m -> assertThat(m).startsWith("Dorpshuis Continu has no residents or resident groups among its "
                        + "3 members"));
        JsonNode recommendation = dutch.at("/consortia/dorpshuis_continu/recommendations/0");
        assertThat(recommendation.get("message").asText()).startsWith("Voeg ");
        assertThat(recommendation.get("reasons").toString()).doesNotContain("already tied", "joins with a budget share");
        assertThat(english.at("/consortia/dorpshuis_continu/recommendations/0/message").asText()).startsWith("Add ");
        // the same document apart from the words: same keys, same numbers, same codes
        assertThat(withoutTexts(dutch)).isEqualTo(withoutTexts(english));
        assertThat(json(Cli.run("analyze", dir, "-f", "json", "--lang", "nl"))).isEqualTo(dutch);
    }

    @Test
    void analyzeJson_ofEnglishCodedData_isInEnglish_andInDutchWithLangNl() throws IOException {
        String dir = Cli.example("kanaalwijk").toString();
        JsonNode english = json(Cli.run("analyze", dir, "-f", "json"));
        JsonNode dutch = json(Cli.run("analyze", dir, "-f", "json", "--lang", "nl"));
        // the network's gatekeeper (ExampleFindingsTest: Woonstichting Havenstad on 50% of the resident–municipality paths)
        assertThat(messages(english.get("findings"))).anySatisfy(m -> assertThat(m)
                .startsWith("Woonstichting Havenstad lies on 50% of the shortest paths between residents and the municipality."));
        assertThat(messages(dutch.get("findings"))).anySatisfy(m -> assertThat(m)
                .startsWith("Woonstichting Havenstad ligt op 50% van de kortste paden tussen bewoners en de gemeente."));
        assertThat(withoutTexts(dutch)).isEqualTo(withoutTexts(english));
    }

    @Test
    void assessText_followsTheData_andLangOverrides() {
        String dir = Cli.example("molenhoek").toString();
        Cli dutch = Cli.run("assess", "dorpshuis_continu", dir);
        assertThat(dutch.exit()).as(dutch.err()).isZero();
        assertThat(dutch.out()).contains("POWER_CONCENTRATION: " + DUTCH_POWER)
                .contains("what would help: Verdeel de zeggenschap over het budget: geen lid boven 50%");
        Cli english = Cli.run("assess", "dorpshuis_continu", dir, "--lang", "en");
        assertThat(english.out()).contains("POWER_CONCENTRATION: " + ENGLISH_POWER).doesNotContain(DUTCH_POWER);
    }

    @Test
    void compareAndRecommend_inDutch_forEnglishCodedData() throws IOException {
        String dir = Cli.example("kanaalwijk").toString();
        JsonNode compare = json(Cli.run("compare", dir, "-f", "json", "--lang", "nl"));
        assertThat(compare.at("/pairs/0/explanation").asText()).startsWith("Coalitie Samen aan de Kade staat boven ")
                .contains(" tegen ", "Doorslaggevend: ");
        assertThat(json(Cli.run("compare", dir, "-f", "json")).at("/pairs/0/explanation").asText())
                .startsWith("Coalitie Samen aan de Kade ranks above ");
        Cli recommend = Cli.run("recommend", "kade_beheer", dir, "--lang", "nl");
        assertThat(recommend.exit()).as(recommend.err()).isZero();
        assertThat(recommend.out()).contains("   - heeft al een relatie met ").doesNotContain("   - is already tied");
        JsonNode recommendJson = json(Cli.run("recommend", "kade_beheer", dir, "-f", "json", "--lang", "nl"));
        assertThat(recommendJson.at("/before/findings/0/message").asText()).doesNotContain(" the ");
    }

    @Test
    void unknownLanguage_isBadInput_withTheChoices() {
        Cli run = Cli.run("analyze", Cli.example("molenhoek").toString(), "--lang", "fr");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang fr").contains("nl or en");
        assertThat(run.out()).isEmpty();
    }
}
