package nl.vico.viz;

import nl.vico.model.Actor;
import nl.vico.model.ActorType;

/**
 * The name under which an actor appears in pictures, exports and reports. Residents are private persons:
 * when pseudonymising, an actor of type {@link ActorType#RESIDENT resident} (bewoner) appears as
 * {@code Resident <id>} instead of by name. Groups of residents and organisations keep their names.
 */
public final class DisplayNames {
    private final boolean pseudonymiseResidents;

    private DisplayNames(boolean pseudonymiseResidents) {
        this.pseudonymiseResidents = pseudonymiseResidents;
    }

    /** Names as given, residents replaced by {@code Resident <id>} when {@code pseudonymiseResidents}. */
    public static DisplayNames of(boolean pseudonymiseResidents) {
        return new DisplayNames(pseudonymiseResidents);
    }

    public boolean pseudonymisesResidents() {
        return pseudonymiseResidents;
    }

    /** The name to show for the actor. */
    public String nameOf(Actor actor) {
        if (pseudonymiseResidents && actor.type() == ActorType.RESIDENT) {
            return "Resident " + actor.id();
        }
        return actor.name();
    }
}
