package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.vico.analyzer.findings.ActorLabels;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import org.junit.jupiter.api.Test;

/** The message bundles against the code that asks for their keys, and how the renderer writes numbers and lists. */
class FindingMessagesTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = FindingMessages.DUTCH;
    /** One bundle file on its own (a ResourceBundle would also show the keys of its English parent). */
    private static Properties bundle(Locale locale) {
        String file = "/" + FindingMessages.BUNDLE.replace('.', '/') + (locale.equals(NL) ? "_nl" : "") + ".properties";
        try (var in = FindingMessagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            var p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(bundle(locale).stringPropertyNames());
    }

    @Test
    void bundles_holdExactlyTheKeysTheCodeAsksFor_inBothLanguages() {
        var code = new TreeSet<>(FindingMessages.keys().keySet());
        assertThat(keys(EN)).isEqualTo(code);
        assertThat(keys(NL)).isEqualTo(code);
    }

    @Test
    void everyPattern_parses_withTheArgumentCountTheCodePasses() {
        for (Locale locale : List.of(EN, NL)) {
            var bundle = bundle(locale);
            FindingMessages.keys().forEach((key, arity) -> {
                String pattern = bundle.getProperty(key);
                var format = new MessageFormat(pattern, locale);
                assertThat(format.getFormatsByArgumentIndex()).as(locale + " " + key + ": " + pattern).hasSize(arity);
                // a lone single quote would silently swallow the rest of the sentence: quotes come in pairs ('')
                assertThat(pattern.replace("''", "")).as(locale + " " + key).doesNotContain("'");
                // every choice and number sub-pattern formats, for the counts 0, 1 and 2
                for (int n = 0; n <= 2; n++) {
                    Object[] args = new Object[arity];
                    java.util.Arrays.fill(args, n);
                    assertThat(format.format(args)).as(locale + " " + key).isNotBlank();
                }
            });
        }
    }

    @Test
    void dutchBundle_translatesEveryText_butTheOnesThatReadTheSameInBothLanguages() {
        // the same in both: punctuation only, names Dutch and English share, and the bare wrapper of a listing
        var same = Set.of("join.comma", "join.semicolon", "join.space", "comparison.explanation", "type.school",
                "municipality.facilitator", "municipality.partner");
        var english = bundle(EN);
        var dutch = bundle(NL);
        var untranslated = new ArrayList<String>();
        for (String key : FindingMessages.keys().keySet()) {
            if (english.getProperty(key).equals(dutch.getProperty(key)) && !same.contains(key)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void numbers_areWrittenTheLanguagesWay_roundedAsStringFormatDoes() {
        // thousands: 25,001 in English, 25.001 in Dutch
        var scale = Message.of(MessageKey.SCALE, "Coalitie", "Wijk", 25_001, 25_000);
        assertThat(FindingMessages.render(scale, EN)).contains("with 25,001 residents").contains("scale of 25,000 at");
        assertThat(FindingMessages.render(scale, NL)).contains("met 25.001 inwoners").contains("wijkschaal van 25.000 waarop");
        // two decimals and percentages: String.format rounds half up from the shortest decimal form (0.125 → 0.13,
        // 0.015 → 0.02, 2.675 → 2.68), and 0.745 as a share is 74.5 % → 75 %
        for (double v : new double[] {0.125, 0.015, 0.405, 2.675, 0.4056}) {
            var m = Message.of(MessageKey.GAP_IQV, 4, "C", 2, v);
            String english = String.format(Locale.ROOT, "%.2f", v);
            assertThat(FindingMessages.render(m, EN)).contains("normalised Blau index " + english + ")");
            assertThat(FindingMessages.render(m, NL)).contains("Blau-index " + english.replace('.', ',') + ")");
        }
        for (double share : new double[] {0.745, 0.125, 0.005, 1.0, 0.0}) {
            var m = Message.of(MessageKey.BUDGET_COMMUNITY, share);
            String percent = String.format(Locale.ROOT, "%.0f%%", 100 * share);
            assertThat(FindingMessages.render(m, EN)).isEqualTo("Residents, resident groups and informal members hold "
                    + percent + " of it.");
            assertThat(FindingMessages.render(m, NL)).isEqualTo("Bewoners, bewonersorganisaties en informele leden hebben "
                    + "er samen " + percent + " van.");
        }
    }

    @Test
    void listings_joinTheLanguagesWay() {
        var actors = new ArrayList<Actor>();
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G")) {
            actors.add(Actor.of(name.toLowerCase(Locale.ROOT), name, ActorType.SCHOOL));
        }
        assertThat(FindingMessages.text(ActorLabels.listing(actors.subList(0, 1), 5), NL)).isEqualTo("A");
        assertThat(FindingMessages.text(ActorLabels.listing(actors.subList(0, 2), 5), EN)).isEqualTo("A and B");
        assertThat(FindingMessages.text(ActorLabels.listing(actors.subList(0, 3), 5), EN)).isEqualTo("A, B and C");
        assertThat(FindingMessages.text(ActorLabels.listing(actors.subList(0, 3), 5), NL)).isEqualTo("A, B en C");
        assertThat(FindingMessages.text(ActorLabels.listing(actors, 5), EN)).isEqualTo("A, B, C, D, E and 2 others");
        assertThat(FindingMessages.text(ActorLabels.listing(actors, 5), NL)).isEqualTo("A, B, C, D, E en 2 andere partijen");
        assertThat(FindingMessages.text(ActorLabels.listing(actors.subList(0, 6), 5), NL))
                .isEqualTo("A, B, C, D, E en 1 andere partij");
        assertThat(ActorLabels.list(actors.subList(0, 3), 5)).isEqualTo("A, B and C");
        // "and" between every item in English, commas and one "en" in Dutch
        var all = Message.Listing.of(Message.Join.AND_ALL, List.of("x", "y", "z"));
        assertThat(FindingMessages.text(all, EN)).isEqualTo("x and y and z");
        assertThat(FindingMessages.text(all, NL)).isEqualTo("x, y en z");
        assertThat(FindingMessages.text(Message.Listing.of(Message.Join.AND, List.of()), NL)).isEmpty();
    }

    @Test
    void actorTypes_andMunicipalRoles_haveTheirDutchNames() {
        assertThat(FindingMessages.render(Message.typeName(ActorType.HOUSING_CORPORATION), NL)).isEqualTo("woningcorporatie");
        assertThat(FindingMessages.render(Message.typeName(ActorType.CARE_WELFARE), NL)).isEqualTo("zorg en welzijn");
        assertThat(FindingMessages.render(Message.typeName(ActorType.HOUSING_CORPORATION), EN)).isEqualTo("housing corporation");
        for (ActorType t : ActorType.values()) {
            // the Dutch name is the model's Dutch code in words (zorg_welzijn is written "zorg en welzijn")
            String dutch = FindingMessages.render(Message.typeName(t), NL);
            assertThat(dutch.replace(" en ", "_").replace(' ', '_')).isEqualTo(t.dutch());
        }
        for (var r : nl.vico.model.MunicipalRole.values()) {
            String dutch = FindingMessages.render(Message.roleName(r), NL);
            assertThat(dutch).startsWith(r.dutch());
        }
        assertThat(FindingMessages.title(FindingCode.POWER_CONCENTRATION, NL)).isEqualTo("Machtsconcentratie");
        assertThat(FindingMessages.title(FindingCode.SINGLE_POINT_OF_FAILURE, EN)).isEqualTo("Single point of failure");
    }

    @Test
    void languages_otherThanDutch_getEnglish_andAnyDutchLocaleGetsDutch() {
        var m = Message.of(MessageKey.HOLE_NOBODY);
        assertThat(FindingMessages.render(m, Locale.GERMAN)).isEqualTo("Nobody has ties into both.");
        assertThat(FindingMessages.render(m, Locale.ROOT)).isEqualTo("Nobody has ties into both.");
        assertThat(FindingMessages.render(m, Locale.forLanguageTag("nl-BE"))).isEqualTo("Niemand heeft relaties met beide groepen.");
    }

    @Test
    void aFinding_keepsItsEnglishMessage_andRendersInDutchFromItsKeyAndArguments() {
        var f = Finding.of(FindingCode.WEAK_ANCHORING, Severity.WARNING,
                Message.of(MessageKey.WEAK_ANCHORING_NONE, "Coalitie X", 3), List.of(), Map.of(), 2.0,
                Message.of(MessageKey.WEAK_ANCHORING_SUGGESTION, 2));
        assertThat(f.messageKey()).isEqualTo("weak_anchoring.none");
        assertThat(f.arguments()).containsExactly("Coalitie X", 3);
        assertThat(f.message()).isEqualTo(FindingMessages.render(f, EN)).startsWith("Coalitie X is tied to no of the 3 municipal");
        assertThat(FindingMessages.render(f, NL)).startsWith("Coalitie X heeft contact met geen van de 3 gemeentelijke afdelingen:");
        assertThat(FindingMessages.suggestion(f, NL)).isEqualTo("Leg contact met minstens 2 afdelingen op wier beleidsterrein "
                + "de opdracht ligt.");
        // a finding made with English text only stays English in every language
        var old = new Finding(FindingCode.WEAK_SUPPORT, Severity.INFO, "plain English", List.of(), Map.of(), null, null);
        assertThat(FindingMessages.render(old, NL)).isEqualTo("plain English");
        assertThat(FindingMessages.suggestion(old, NL)).isNull();
        assertThat(old.messageKey()).isNull();
    }

    @Test
    void aMessage_refusesTheWrongNumberOrKindOfArguments() {
        assertThatThrownBy(() -> Message.of(MessageKey.WEAK_ANCHORING_NONE, "only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weak_anchoring.none takes 2 arguments");
        assertThatThrownBy(() -> Message.of(MessageKey.REASON_RESOLVES, List.of("a list")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String, Number, Message or Listing");
    }

    @Test
    void localise_writesEveryMessageInATree_andLeavesTheRest() {
        var tree = new java.util.LinkedHashMap<String, Object>();
        tree.put("message", Message.of(MessageKey.HOLE_NOBODY));
        tree.put("reasons", List.of(Message.of(MessageKey.REASON_NO_TIE), "as is"));
        tree.put("n", 3);
        var dutch = FindingMessages.localiseMap(tree, NL);
        assertThat(dutch).containsExactly(Map.entry("message", "Niemand heeft relaties met beide groepen."),
                Map.entry("reasons", List.of("heeft nog geen relatie met een lid", "as is")), Map.entry("n", 3));
    }
}
