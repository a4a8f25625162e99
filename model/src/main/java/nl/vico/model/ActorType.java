package nl.vico.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of party an actor is. Each type has an English key (used in files and JSON) and the Dutch
 * word practitioners use, which is accepted as an alias when reading a dataset.
 */
public enum ActorType {
    /** A private person living in the neighbourhood (bewoner). Informal by default. */
    RESIDENT("resident", "bewoner", false),
    /** A residents' organisation or informal group of residents (bewonersorganisatie). Informal by default. */
    RESIDENT_GROUP("resident_group", "bewonersorganisatie", false),
    /** A social entrepreneur (sociaal ondernemer). */
    SOCIAL_ENTREPRENEUR("social_entrepreneur", "sociaal_ondernemer", true),
    /** A housing corporation (woningcorporatie). */
    HOUSING_CORPORATION("housing_corporation", "woningcorporatie", true),
    /** A school. */
    SCHOOL("school", "school", true),
    /** A care or welfare institution (zorg en welzijn). */
    CARE_WELFARE("care_welfare", "zorg_welzijn", true),
    /** A business (bedrijf). */
    BUSINESS("business", "bedrijf", true),
    /** The municipality or one of its departments (gemeente). */
    MUNICIPALITY("municipality", "gemeente", true),
    /** A foundation or other non-profit (stichting). */
    FOUNDATION("foundation", "stichting", true),
    /** An independent connector between the parties (verbinder). */
    BROKER("broker", "verbinder", true);

    private final String key;
    private final String dutch;
    private final boolean formalByDefault;

    ActorType(String key, String dutch, boolean formalByDefault) {
        this.key = key;
        this.dutch = dutch;
        this.formalByDefault = formalByDefault;
    }

    /** The English key used in files and JSON, e.g. {@code resident_group}. */
    public String key() {
        return key;
    }

    /** The Dutch alias, e.g. {@code bewonersorganisatie}. */
    public String dutch() {
        return dutch;
    }

    /** Whether an actor of this type is a formal organisation unless the data say otherwise. */
    public boolean formalByDefault() {
        return formalByDefault;
    }

    /** True for residents and resident groups: the people a social tender is meant to serve and involve. */
    public boolean isResidentSide() {
        return this == RESIDENT || this == RESIDENT_GROUP;
    }

    /** Reads an English key or Dutch alias, ignoring case, surrounding blanks, and spaces or hyphens for underscores. */
    private static final ActorType[] VALUES = values();

    public static Optional<ActorType> parse(String text) {
        String norm = Codes.normalise(text);
        for (ActorType t : VALUES) {
            if (t.key.equals(norm) || t.dutch.equals(norm)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every accepted spelling, English keys first, for suggestions in error messages. */
    public static List<String> spellings() {
        return Codes.spellings(values(), ActorType::key, ActorType::dutch);
    }

    /** True when the given text is one of the Dutch aliases (and not also an English key). */
    public static boolean isDutchAlias(String text) {
        String norm = Codes.normalise(text);
        return Arrays.stream(values()).anyMatch(t -> t.dutch.equals(norm) && !t.key.equals(norm));
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
