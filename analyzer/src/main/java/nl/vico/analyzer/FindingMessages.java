package nl.vico.analyzer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import nl.vico.model.ActorType;
import nl.vico.model.MunicipalRole;

/**
 * Writes findings, recommendations and the other texts of the analyzer in English or Dutch, from the message
 * bundle {@code nl/vico/analyzer/messages.properties} (English) and {@code messages_nl.properties} (Dutch),
 * with {@link MessageFormat}: numbers and percentages in the language's way ("0.41" and "0,41", "12,000" and
 * "12.000"), rounded half up as {@link String#format} does. Dutch for a locale whose language is {@code nl},
 * English for every other.
 *
 * <p>A finding made before its texts came from the bundle (one without {@link Finding#messageText()}) keeps
 * its English text in every language. Thread-safe; parsed patterns are cached per language and key.
 */
public final class FindingMessages {
    /** The bundle's base name. */
    public static final String BUNDLE = "nl.vico.analyzer.messages";
    /** Dutch, the language of the Dutch bundle. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private FindingMessages() {
    }

    /** The finding's message in the language of {@code locale}. */
    public static String render(Finding finding, Locale locale) {
        return finding.messageText() == null ? finding.message() : text(finding.messageText(), locale);
    }

    /** The finding's suggestion in the language of {@code locale}, or {@code null} when it has none. */
    public static String suggestion(Finding finding, Locale locale) {
        return finding.suggestionText() == null ? finding.suggestion() : text(finding.suggestionText(), locale);
    }

    /** The title of a finding code, e.g. "Power concentration" or "Machtsconcentratie". */
    public static String title(FindingCode code, Locale locale) {
        return text(Message.title(code), locale);
    }

    /** A message in the language of {@code locale}. */
    public static String render(Message message, Locale locale) {
        return text(message, locale);
    }

    /**
     * A part of a message written in the language of {@code locale}: a {@link Message} or {@link Message.Listing}
     * in that language, a {@link String} as it is, a number as {@link String#valueOf(Object)}.
     */
    public static String text(Object part, Locale locale) {
        Locale language = language(locale);
        if (part instanceof Message m) {
            return format(m, language);
        }
        if (part instanceof Message.Listing l) {
            return join(l, language);
        }
        return String.valueOf(part);
    }

    /**
     * A copy of a JSON-ready tree (maps, lists and plain values) with every {@link Message} and
     * {@link Message.Listing} in it written in the language of {@code locale}; map order is kept.
     */
    public static Object localise(Object tree, Locale locale) {
        if (tree instanceof Message || tree instanceof Message.Listing) {
            return text(tree, locale);
        }
        if (tree instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<Object, Object>();
            map.forEach((k, v) -> copy.put(k, localise(v, locale)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            var copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(localise(v, locale)));
            return copy;
        }
        return tree;
    }

    /** {@link #localise(Object, Locale)} of a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> localiseMap(Map<String, ?> tree, Locale locale) {
        return (Map<String, Object>) localise(tree, locale);
    }

    /** Dutch for a locale whose language is Dutch, English otherwise. */
    public static Locale language(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
    }

    /**
     * Every key code can ask for, with the number of arguments it passes: the {@link MessageKey}s, and the
     * names of the actor types, municipal roles and finding codes (no arguments). Both bundles hold exactly these.
     */
    public static Map<String, Integer> keys() {
        var keys = new LinkedHashMap<String, Integer>();
        for (MessageKey k : MessageKey.values()) {
            keys.put(k.key(), k.arity());
        }
        for (ActorType t : ActorType.values()) {
            keys.put(Message.typeName(t).key(), 0);
        }
        for (MunicipalRole r : MunicipalRole.values()) {
            keys.put(Message.roleName(r).key(), 0);
        }
        for (FindingCode c : FindingCode.values()) {
            keys.put(Message.title(c).key(), 0);
        }
        return Collections.unmodifiableMap(keys);
    }

    private static String format(Message message, Locale language) {
        MessageFormat format = pattern(message.key(), language);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[message.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = message.arguments().get(i);
            if (a instanceof Message || a instanceof Message.Listing) {
                args[i] = text(a, language);
            } else if ((a instanceof Double || a instanceof Float) && Double.isFinite(((Number) a).doubleValue())) {
                // a percentage is scaled as a double, as String.format("%.0f%%", 100 * share) does; other numbers
                // are rounded from their shortest decimal form, as String.format("%.2f", value) does
                boolean scaled = i < formats.length && formats[i] instanceof DecimalFormat d && d.getMultiplier() != 1;
                args[i] = scaled ? a : BigDecimal.valueOf(((Number) a).doubleValue());
            } else {
                args[i] = a;
            }
        }
        String text;
        synchronized (format) {
            text = format.format(args);
        }
        return text.strip();
    }

    private static String join(Message.Listing listing, Locale language) {
        var items = listing.items();
        if (items.isEmpty()) {
            return "";
        }
        String text = text(items.get(0), language);
        for (int i = 1; i < items.size(); i++) {
            MessageKey key = i == items.size() - 1 ? listing.join().beforeLast() : listing.join().between();
            text = format(Message.of(key, text, text(items.get(i), language)), language);
        }
        return text;
    }

    private static MessageFormat pattern(String key, Locale language) {
        return FORMATS.computeIfAbsent(language.getLanguage() + ':' + key, k -> {
            var bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
            if (!bundle.containsKey(key)) {
                throw new IllegalStateException("the message bundle " + BUNDLE + " has no key " + key + " for "
                        + language.getDisplayLanguage(Locale.ENGLISH) + " — add it to messages"
                        + (language.equals(DUTCH) ? "_nl" : "") + ".properties");
            }
            var format = new MessageFormat(bundle.getString(key), language);
            for (Format f : format.getFormats()) {
                if (f instanceof DecimalFormat d) {
                    d.setRoundingMode(RoundingMode.HALF_UP);
                }
            }
            return format;
        });
    }
}
