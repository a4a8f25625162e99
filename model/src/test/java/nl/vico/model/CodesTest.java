package nl.vico.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void parse_acceptsEnglishKeysAndDutchAliases() {
        assertThat(ActorType.parse("Woningcorporatie")).contains(ActorType.HOUSING_CORPORATION);
        assertThat(ActorType.parse(" resident group ")).contains(ActorType.RESIDENT_GROUP);
        assertThat(ActorType.parse("zorg-welzijn")).contains(ActorType.CARE_WELFARE);
        assertThat(MunicipalRole.parse("opdrachtgever")).contains(MunicipalRole.CLIENT);
        assertThat(TieKind.parse("member of")).contains(TieKind.MEMBER_OF);
        assertThat(ActorType.parse("alien")).isEmpty();
    }

    @Test
    void nearest_suggestsTheTypo() {
        assertThat(Codes.nearest("colaborates", TieKind.spellings())).contains("collaborates");
        assertThat(Codes.nearest("resdent", ActorType.spellings())).contains("resident");
        assertThat(Codes.nearest("xyzzy", TieKind.spellings())).isEmpty();
    }

    @Test
    void editDistance_isLevenshtein() {
        // kitten → sitting: substitute k/s, substitute e/i, insert g = 3
        assertThat(Codes.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Codes.editDistance("", "abc")).isEqualTo(3);
        assertThat(Codes.editDistance("same", "same")).isZero();
    }

    @Test
    void dutchAlias_isRecognised() {
        assertThat(ActorType.isDutchAlias("gemeente")).isTrue();
        assertThat(ActorType.isDutchAlias("school")).isFalse();
        assertThat(ActorType.isDutchAlias("municipality")).isFalse();
    }
}
