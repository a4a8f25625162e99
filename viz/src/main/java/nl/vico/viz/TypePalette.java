package nl.vico.viz;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.vico.model.ActorType;
import nl.vico.model.TieKind;

/**
 * The fixed colours of vico's pictures and exports: one per actor type and one per tie kind, the same
 * in the PNG and SVG maps, the GEXF {@code viz:color}, the DOT fill colours and the HTML report.
 *
 * <p><b>Actor types</b> use Paul Tol's <i>muted</i> qualitative scheme, designed to stay distinct for
 * readers with the common forms of colour-vision deficiency (deuteranopia, protanopia, tritanopia), with
 * his pale grey for the tenth type (P. Tol, <i>Colour Schemes</i>, SRON/EPS/TN/09-002, 2021,
 * <a href="https://personal.sron.nl/~pault/">personal.sron.nl/~pault</a>). Residents, the most numerous
 * type, get the lightest colour so they do not dominate the picture; the broker gets the darkest
 * accent. Colour is never the only cue: pictures also use shape (formal, informal, broker) and outline.
 *
 * <table>
 *   <caption>Actor types</caption>
 *   <tr><th>type</th><th>colour</th><th>hex</th></tr>
 *   <tr><td>resident (bewoner)</td><td>cyan</td><td>#88CCEE</td></tr>
 *   <tr><td>resident_group (bewonersorganisatie)</td><td>teal</td><td>#44AA99</td></tr>
 *   <tr><td>social_entrepreneur (sociaal ondernemer)</td><td>green</td><td>#117733</td></tr>
 *   <tr><td>housing_corporation (woningcorporatie)</td><td>rose</td><td>#CC6677</td></tr>
 *   <tr><td>school</td><td>sand</td><td>#DDCC77</td></tr>
 *   <tr><td>care_welfare (zorg en welzijn)</td><td>purple</td><td>#AA4499</td></tr>
 *   <tr><td>business (bedrijf)</td><td>olive</td><td>#999933</td></tr>
 *   <tr><td>municipality (gemeente)</td><td>indigo</td><td>#332288</td></tr>
 *   <tr><td>foundation (stichting)</td><td>pale grey</td><td>#DDDDDD</td></tr>
 *   <tr><td>broker (verbinder)</td><td>wine</td><td>#882255</td></tr>
 * </table>
 *
 * <p><b>Tie kinds</b> use Tol's <i>vibrant</i> scheme plus two greys, and a dash pattern for the two
 * kinds that are about information and belonging rather than work or money:
 *
 * <table>
 *   <caption>Tie kinds</caption>
 *   <tr><th>kind</th><th>colour</th><th>hex</th><th>line</th></tr>
 *   <tr><td>collaborates</td><td>blue</td><td>#0077BB</td><td>solid</td></tr>
 *   <tr><td>funds</td><td>orange</td><td>#EE7733</td><td>solid</td></tr>
 *   <tr><td>contracts</td><td>red</td><td>#CC3311</td><td>solid</td></tr>
 *   <tr><td>informs</td><td>teal</td><td>#009988</td><td>dashed</td></tr>
 *   <tr><td>member_of</td><td>grey</td><td>#BBBBBB</td><td>dashed</td></tr>
 *   <tr><td>trusts</td><td>dark grey</td><td>#888888</td><td>solid</td></tr>
 * </table>
 */
public final class TypePalette {
    private static final Map<ActorType, Color> TYPES = new EnumMap<>(ActorType.class);
    private static final Map<TieKind, Color> KINDS = new EnumMap<>(TieKind.class);

    static {
        TYPES.put(ActorType.RESIDENT, new Color(0x88CCEE));
        TYPES.put(ActorType.RESIDENT_GROUP, new Color(0x44AA99));
        TYPES.put(ActorType.SOCIAL_ENTREPRENEUR, new Color(0x117733));
        TYPES.put(ActorType.HOUSING_CORPORATION, new Color(0xCC6677));
        TYPES.put(ActorType.SCHOOL, new Color(0xDDCC77));
        TYPES.put(ActorType.CARE_WELFARE, new Color(0xAA4499));
        TYPES.put(ActorType.BUSINESS, new Color(0x999933));
        TYPES.put(ActorType.MUNICIPALITY, new Color(0x332288));
        TYPES.put(ActorType.FOUNDATION, new Color(0xDDDDDD));
        TYPES.put(ActorType.BROKER, new Color(0x882255));

        KINDS.put(TieKind.COLLABORATES, new Color(0x0077BB));
        KINDS.put(TieKind.FUNDS, new Color(0xEE7733));
        KINDS.put(TieKind.CONTRACTS, new Color(0xCC3311));
        KINDS.put(TieKind.INFORMS, new Color(0x009988));
        KINDS.put(TieKind.MEMBER_OF, new Color(0xBBBBBB));
        KINDS.put(TieKind.TRUSTS, new Color(0x888888));
    }

    private TypePalette() {
    }

    /** The colour of an actor type (opaque). */
    public static Color of(ActorType type) {
        return TYPES.get(type);
    }

    /** The colour of a tie kind (opaque). */
    public static Color of(TieKind kind) {
        return KINDS.get(kind);
    }

    /** Whether ties of this kind are drawn dashed: {@code informs} and {@code member_of}. */
    public static boolean dashed(TieKind kind) {
        return kind == TieKind.INFORMS || kind == TieKind.MEMBER_OF;
    }

    /** The colour as {@code #rrggbb}, lower case. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Black or white, whichever reads better on the given fill (WCAG relative luminance, threshold 0.4). */
    public static Color textOn(Color fill) {
        return relativeLuminance(fill) > 0.4 ? Color.BLACK : Color.WHITE;
    }

    private static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
