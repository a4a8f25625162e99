package nl.vico.app.web.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.app.web.security.VicoUser;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * Residents are private persons. An account that may not see their names (a viewer without the grant)
 * gets every resident as {@code Resident <id>}, without the extra attributes of {@code actors.csv}, in
 * every answer: lists, the map, the analysis, exports and pictures.
 */
public record Privacy(boolean pseudonymise) {
    public static Privacy of(VicoUser user) {
        return new Privacy(!user.seesResidentNames());
    }

    public boolean hides(Actor a) {
        return pseudonymise && a.type() == ActorType.RESIDENT;
    }

    public String name(Actor a) {
        return hides(a) ? "Resident " + a.id() : a.name();
    }

    public Map<String, String> attributes(Actor a) {
        return hides(a) ? Map.of() : a.attributes();
    }

    /**
     * The analysis JSON with residents' names replaced where they appear ({@code actors.*.name} and
     * {@code consortia.*.members[].name}); everything else as it is. Findings name residents by id already.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> analysis(Map<String, Object> tree, StakeholderNetwork network) {
        if (!pseudonymise) {
            return tree;
        }
        var copy = new LinkedHashMap<>(tree);
        if (tree.get("actors") instanceof Map<?, ?> actors) {
            var out = new LinkedHashMap<String, Object>();
            actors.forEach((id, v) -> out.put((String) id, renamed(v, network.actor((String) id).orElse(null))));
            copy.put("actors", out);
        }
        if (tree.get("consortia") instanceof Map<?, ?> consortia) {
            var out = new LinkedHashMap<String, Object>();
            consortia.forEach((id, v) -> {
                if (v instanceof Map<?, ?> c && c.get("members") instanceof List<?> members) {
                    var cc = new LinkedHashMap<>((Map<String, Object>) c);
                    cc.put("members", members.stream().map(m -> m instanceof Map<?, ?> mm
                            ? renamed(mm, network.actor(String.valueOf(mm.get("actor"))).orElse(null)) : m).toList());
                    out.put((String) id, cc);
                } else {
                    out.put((String) id, v);
                }
            });
            copy.put("consortia", out);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private Object renamed(Object value, Actor actor) {
        if (actor == null || !hides(actor) || !(value instanceof Map<?, ?> m) || !m.containsKey("name")) {
            return value;
        }
        var copy = new LinkedHashMap<>((Map<String, Object>) m);
        copy.put("name", name(actor));
        return copy;
    }
}
