package nl.vico.analyzer.assessment.recommend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.assessment.AssessmentChange;
import nl.vico.model.ActorType;
import nl.vico.model.MemberRole;

/**
 * One actor recommended as a new member, with what adding it would change.
 *
 * @param rank                    1 = the best addition
 * @param actor                   actor id
 * @param label                   its name in a report (a resident's id)
 * @param type                    its type
 * @param role                    the role it would join with (broker for a broker, else partner)
 * @param gain                    overall score after − before (the ranking key)
 * @param memberTies              members it is tied to
 * @param kindsFilled             required kinds it fills: {@code resident_side}, {@code informal}
 * @param communitiesNewlyReached communities that neither a member nor a contact reached before
 * @param piecesJoined            pieces of the members' own network it ties together (0 when it is tied to no member,
 *                                1 when all its member ties lie in one piece)
 * @param residentsNewlyReached   residents and resident groups newly within direct reach (itself included)
 * @param constraintBefore        Burt's constraint of the consortium as one actor before (NaN when undefined)
 * @param constraintAfter         and after
 * @param reasonTexts             why, in plain words, as messages of the bundle ({@link FindingMessages})
 * @param change                  the full assessments before and after, and their difference
 */
public record Recommendation(int rank, String actor, String label, ActorType type, MemberRole role, double gain,
                             int memberTies, List<String> kindsFilled, int communitiesNewlyReached, int piecesJoined,
                             int residentsNewlyReached, double constraintBefore, double constraintAfter,
                             List<Message> reasonTexts, AssessmentChange change) {
    public Recommendation {
        Objects.requireNonNull(actor, "actor");
        kindsFilled = List.copyOf(kindsFilled);
        reasonTexts = List.copyOf(reasonTexts);
        Objects.requireNonNull(change, "change");
    }

    /** Why, in English. */
    public List<String> reasons() {
        return reasons(Locale.ENGLISH);
    }

    /** Why, in the language of {@code locale}, e.g. "is already tied to 2 members" or "heeft al een relatie met 2 leden". */
    public List<String> reasons(Locale locale) {
        return reasonTexts.stream().map(r -> FindingMessages.render(r, locale)).toList();
    }

    /** The recommendation in one sentence: "Add X (type): reason; reason." as a message of the bundle. */
    public Message summaryText() {
        var type = Message.typeName(this.type);
        return reasonTexts.isEmpty() ? Message.of(MessageKey.RECOMMENDATION_PLAIN, label, type)
                : Message.of(MessageKey.RECOMMENDATION, label, type,
                        Message.Listing.of(Message.Join.SEMICOLON, reasonTexts));
    }

    /** {@link #summaryText()} in the language of {@code locale}. */
    public String summary(Locale locale) {
        return FindingMessages.render(summaryText(), locale);
    }

    /** As one JSON-ready document, texts in English. */
    public Map<String, Object> asMap() {
        return asMap(Locale.ENGLISH);
    }

    /** As one JSON-ready document, the reasons and findings in the language of {@code locale}. */
    public Map<String, Object> asMap(Locale locale) {
        var m = new LinkedHashMap<String, Object>();
        m.put("rank", rank);
        m.put("actor", actor);
        m.put("name", label);
        m.put("type", type.key());
        m.put("role", role.key());
        m.put("gain", finite(gain));
        m.put("member_ties", memberTies);
        m.put("kinds_filled", kindsFilled);
        m.put("communities_newly_reached", communitiesNewlyReached);
        m.put("pieces_joined", piecesJoined);
        m.put("residents_newly_reached", residentsNewlyReached);
        m.put("consortium_constraint_before", finite(constraintBefore));
        m.put("consortium_constraint_after", finite(constraintAfter));
        m.put("reasons", reasons(locale));
        var change = this.change.asMap(locale);
        change.remove("after");
        m.put("change", change);
        m.put("after_scores", this.change.after().scores().asMap());
        return m;
    }

    static Double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
