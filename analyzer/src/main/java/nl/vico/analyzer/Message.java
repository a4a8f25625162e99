package nl.vico.analyzer;

import java.util.List;
import java.util.Objects;
import nl.vico.model.ActorType;
import nl.vico.model.MunicipalRole;

/**
 * A sentence (or part of one) of a finding or recommendation, kept apart from its language until it is written:
 * the key of a pattern in the message bundle {@code nl/vico/analyzer/messages*.properties} and the arguments of
 * that {@link java.text.MessageFormat} pattern, in order. {@link FindingMessages} writes it in English or Dutch.
 *
 * <p>An argument is one of:
 * <ul>
 *   <li>a {@link String}: written as it is (an actor's label, a consortium's name, finding codes);</li>
 *   <li>a {@link Number}: formatted by the pattern in the language's way ({@code 0.74} with
 *       {@code {0,number,percent}} is "74%", {@code 0.41} with {@code {0,number,0.00}} is "0.41" or "0,41");</li>
 *   <li>another {@code Message}: written in the same language (a type name, a clause);</li>
 *   <li>a {@link Listing}: several arguments joined in the language's way ("A, B and C", "A, B en C").</li>
 * </ul>
 *
 * @param key       the pattern's key in the bundle
 * @param arguments the pattern's arguments, none null
 */
public record Message(String key, List<Object> arguments) {
    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        for (Object a : arguments) {
            requireArgument(key, a);
        }
    }

    /**
     * The message with the given key; checks that the number of arguments is the key's.
     *
     * @throws IllegalArgumentException when the count differs or an argument is of another kind than listed above
     */
    public static Message of(MessageKey key, Object... arguments) {
        if (arguments.length != key.arity()) {
            throw new IllegalArgumentException("message " + key.key() + " takes " + key.arity() + " arguments, not "
                    + arguments.length);
        }
        return new Message(key.key(), List.of(arguments));
    }

    /** An actor type's name, e.g. "housing corporation" or "woningcorporatie". */
    public static Message typeName(ActorType type) {
        return new Message(MessageKey.TYPE_PREFIX + type.key(), List.of());
    }

    /** A municipal role's name, e.g. "client" or "opdrachtgever". */
    public static Message roleName(MunicipalRole role) {
        return new Message(MessageKey.MUNICIPALITY_PREFIX + role.key(), List.of());
    }

    /** A finding code's title, e.g. "Power concentration" or "Machtsconcentratie". */
    public static Message title(FindingCode code) {
        return new Message(MessageKey.CODE_PREFIX + code.name().toLowerCase(java.util.Locale.ROOT), List.of());
    }

    private static void requireArgument(String key, Object a) {
        if (!(a instanceof String || a instanceof Number || a instanceof Message || a instanceof Listing)) {
            throw new IllegalArgumentException("message " + key + " has an argument of type "
                    + (a == null ? "null" : a.getClass().getName()) + " — give a String, Number, Message or Listing");
        }
    }

    /** How a {@link Listing} joins its items: the pattern between two items, and the one before the last. */
    public enum Join {
        /** "A, B and C". */
        AND(MessageKey.JOIN_COMMA, MessageKey.JOIN_AND),
        /** "A and B and C" (in Dutch "A, B en C"). */
        AND_ALL(MessageKey.JOIN_AND_ALL, MessageKey.JOIN_AND),
        /** "A, B, C". */
        COMMA(MessageKey.JOIN_COMMA, MessageKey.JOIN_COMMA),
        /** "A, and B". */
        COMMA_AND(MessageKey.JOIN_COMMA_AND, MessageKey.JOIN_COMMA_AND),
        /** "A; B; C". */
        SEMICOLON(MessageKey.JOIN_SEMICOLON, MessageKey.JOIN_SEMICOLON),
        /** "A; and B". */
        SEMICOLON_AND(MessageKey.JOIN_SEMICOLON_AND, MessageKey.JOIN_SEMICOLON_AND),
        /** Sentences one after another: "A. B.". */
        SENTENCES(MessageKey.JOIN_SPACE, MessageKey.JOIN_SPACE);

        private final MessageKey between;
        private final MessageKey beforeLast;

        Join(MessageKey between, MessageKey beforeLast) {
            this.between = between;
            this.beforeLast = beforeLast;
        }

        /** The two-argument pattern between two items that are not the last two. */
        public MessageKey between() {
            return between;
        }

        /** The two-argument pattern before the last item. */
        public MessageKey beforeLast() {
            return beforeLast;
        }
    }

    /**
     * Items joined in the language's way; no items are written as nothing, one item as itself.
     *
     * @param join  how to join them
     * @param items the items, each a String, Number, Message or Listing
     */
    public record Listing(Join join, List<Object> items) {
        public Listing {
            Objects.requireNonNull(join, "join");
            items = List.copyOf(items);
            for (Object a : items) {
                requireArgument("listing", a);
            }
        }

        public static Listing of(Join join, List<?> items) {
            return new Listing(join, List.copyOf(items));
        }
    }
}
