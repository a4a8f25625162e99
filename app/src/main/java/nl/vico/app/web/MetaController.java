package nl.vico.app.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.report.MetricGlossary;
import nl.vico.model.ActorType;
import nl.vico.model.MemberRole;
import nl.vico.model.MunicipalRole;
import nl.vico.model.TieKind;
import nl.vico.viz.TypePalette;
import org.springframework.web.bind.annotation.GetMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * The codes of the data format with their colours (the same palette as the pictures) and the glossary of
 * measures, so that the page and scripts need no copy of them.
 */
@RestController
@Tag(name = "meta", description = "Codes, colours and the glossary of measures")
class MetaController {
    record TypeInfo(String key, String dutch, String colour, String textColour) {
    }

    record KindInfo(String key, String colour, boolean dashed, boolean directed) {
    }

    record Meta(List<TypeInfo> actorTypes, List<KindInfo> tieKinds, List<String> memberRoles,
                List<String> municipalityRoles, Map<String, String> glossary) {
    }

    @GetMapping("/api/meta")
    Meta meta() {
        return new Meta(
                Arrays.stream(ActorType.values()).map(t -> new TypeInfo(t.key(), t.dutch(), TypePalette.hex(TypePalette.of(t)),
                        TypePalette.hex(TypePalette.textOn(TypePalette.of(t))))).toList(),
                Arrays.stream(TieKind.values()).map(k -> new KindInfo(k.key(), TypePalette.hex(TypePalette.of(k)),
                        TypePalette.dashed(k), k.directedByDefault())).toList(),
                Arrays.stream(MemberRole.values()).map(MemberRole::key).toList(),
                Arrays.stream(MunicipalRole.values()).map(MunicipalRole::key).toList(),
                MetricGlossary.entries());
    }
}
