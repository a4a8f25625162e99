package nl.vico.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A party in the neighbourhood network: a resident, a group, an organisation or the municipality.
 *
 * @param id            unique within a dataset; never blank
 * @param name          display name; for residents a private person's name, to be pseudonymised where asked
 * @param type          the kind of party
 * @param neighbourhood id of the neighbourhood the actor belongs to, or {@code null} when not given
 * @param formal        a formal organisation (true) or an informal party (false)
 * @param newcomer      a new player in the neighbourhood's field
 * @param attributes    any further columns of {@code actors.csv}, in file order
 */
public record Actor(String id, String name, ActorType type, String neighbourhood, boolean formal, boolean newcomer,
                    Map<String, String> attributes) {
    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs a non-blank id — give every actor a unique id");
        }
        Objects.requireNonNull(type, () -> "actor " + id + " has no type — give one of " + ActorType.spellings());
        name = name == null || name.isBlank() ? id : name;
        neighbourhood = neighbourhood == null || neighbourhood.isBlank() ? null : neighbourhood;
        attributes = attributes == null || attributes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** An actor whose formality follows its type's default, not a newcomer, without extra attributes. */
    public static Actor of(String id, String name, ActorType type) {
        return new Actor(id, name, type, null, type.formalByDefault(), false, Map.of());
    }
}
