package nl.vico.app.cli;

import java.util.Locale;
import nl.vico.app.UserInputException;
import nl.vico.model.Codes;
import nl.vico.model.Consortium;
import nl.vico.model.StakeholderNetwork;

/** Messages and choices the commands share. */
final class Lookups {
    private Lookups() {
    }

    static String unknownConsortium(StakeholderNetwork network, String id) {
        var ids = network.consortia().stream().map(Consortium::id).toList();
        if (ids.isEmpty()) {
            return "there is no consortium " + id + ": the dataset has no consortia.csv entries";
        }
        return "there is no consortium " + id + Codes.nearest(id, ids).map(n -> " — did you mean " + n + "?").orElse("")
                + " (consortia: " + String.join(", ", ids) + ")";
    }

    /** The language asked for, or Dutch when the data use Dutch codes, else English. */
    static Locale locale(String lang, boolean dataInDutch) {
        if (lang == null) {
            return dataInDutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "nl", "nederlands", "dutch" -> Locale.forLanguageTag("nl");
            case "en", "english", "engels" -> Locale.ENGLISH;
            default -> throw new UserInputException("--lang " + lang + " — give nl or en");
        };
    }
}
