package nl.vico.analyzer.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;

/**
 * How findings name actors in plain language: organisations by their name, residents (type
 * {@code resident}) by their id only, because they are private persons whose names do not belong in a
 * report that is shared.
 */
public final class ActorLabels {
    private ActorLabels() {
    }

    /** The actor's name, or its id when it is a resident. */
    public static String of(Actor actor) {
        return actor.type() == ActorType.RESIDENT ? actor.id() : actor.name();
    }

    /** "A", "A and B", "A, B and C", or "A, B, C and 4 others" when there are more than {@code max} (English). */
    public static String list(List<Actor> actors, int max) {
        return FindingMessages.text(listing(actors, max), Locale.ENGLISH);
    }

    /**
     * The labels as a message argument that each language joins in its own way: "A, B and C" or "A, B en C",
     * and "A, B, C and 4 others" or "A, B, C en 4 andere partijen" when there are more than {@code max}.
     */
    public static Object listing(List<Actor> actors, int max) {
        var names = new ArrayList<Object>();
        for (int i = 0; i < actors.size() && i < max; i++) {
            names.add(of(actors.get(i)));
        }
        int rest = actors.size() - names.size();
        if (rest > 0) {
            return Message.of(MessageKey.LIST_OTHERS, Message.Listing.of(Message.Join.COMMA, names), rest);
        }
        return Message.Listing.of(Message.Join.AND, names);
    }
}
