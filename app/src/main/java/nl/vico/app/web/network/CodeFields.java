package nl.vico.app.web.network;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.model.ActorType;
import nl.vico.model.Codes;
import nl.vico.model.MemberRole;
import nl.vico.model.MunicipalRole;
import nl.vico.model.TieKind;

/** Reads the coded fields of a request as the importer reads them, suggesting the nearest valid code. */
final class CodeFields {
    private CodeFields() {
    }

    static ActorType actorType(String field, String text) {
        return parse(field, "actor type", text, ActorType::parse, ActorType.spellings());
    }

    static TieKind tieKind(String field, String text) {
        return parse(field, "tie kind", text, TieKind::parse, TieKind.spellings());
    }

    /** Null when empty: a member without a role. */
    static MemberRole memberRole(String field, String text) {
        return blank(text) ? null : parse(field, "member role", text, MemberRole::parse, MemberRole.spellings());
    }

    /** Null when empty: the proposal leaves the municipality's role undefined. */
    static MunicipalRole municipalRole(String field, String text) {
        return blank(text) ? null : parse(field, "municipality role", text, MunicipalRole::parse, MunicipalRole.spellings());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E> E parse(String field, String what, String text, Function<String, Optional<E>> parser,
                               List<String> spellings) {
        return parser.apply(text).orElseThrow(() -> {
            String hint = Codes.nearest(text, spellings).map(s -> "write \"" + s + "\"? The codes are: ").orElse("write one of: ");
            String message = "unknown " + what + " \"" + text + "\" — " + hint + String.join(", ", spellings);
            return new BadRequestException(message, List.of(new BadRequestException.FieldProblem(field, message)));
        });
    }
}
