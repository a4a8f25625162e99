package nl.vico.app.cli;

import java.util.Locale;
import nl.vico.app.UserInputException;

/** Messages and choices the commands share. */
final class Lookups {
    private Lookups() {
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
