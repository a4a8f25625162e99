package nl.vico.app.web.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Request bodies for creating and changing the parts of a network. Codes (type, kind, role, municipality
 * role) take the same spellings as the dataset files, Dutch aliases included; the whole changed network
 * is then checked with the importer's rules.
 */
public final class Forms {
    /** Ids used in URLs: no slashes, backslashes or control characters. */
    static final String ID = "[^/\\\\\\p{Cntrl}]+";
    static final String ID_MESSAGE = "must not contain '/', '\\' or control characters";

    private Forms() {
    }

    public record ActorForm(@Size(max = 200) @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                            @Size(max = 500) String name,
                            @NotBlank(message = "give the actor's type, e.g. resident or housing_corporation") String type,
                            @Size(max = 200) String neighbourhood,
                            Boolean formal, Boolean newcomer,
                            @Size(max = 50) Map<String, @Size(max = 2000) String> attributes) {
    }

    public record TieForm(@NotBlank(message = "give the id of the actor the tie starts at") String source,
                          @NotBlank(message = "give the id of the actor the tie ends at") String target,
                          @NotBlank(message = "give the kind, e.g. collaborates or funds") String kind,
                          Double weight, Boolean directed) {
    }

    public record ConsortiumForm(@Size(max = 200) @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                                 @Size(max = 500) String name, @Size(max = 500) String task,
                                 @Size(max = 200) String neighbourhood, @Size(max = 40) String municipalityRole) {
    }

    public record MemberForm(@Size(max = 200) String actor, @Size(max = 40) String role,
                             @PositiveOrZero(message = "give a number ≥ 0, or leave it out") Double budgetShare) {
    }

    public record WorkspaceForm(@NotBlank(message = "give the workspace's name") String name) {
    }
}
