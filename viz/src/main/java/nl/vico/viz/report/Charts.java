package nl.vico.viz.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import nl.vico.viz.TypePalette;

/**
 * Small bar charts as inline SVG, so the report needs no script and no internet: a horizontal bar chart and
 * a paired bar chart (two series per category). Values are shares or other non-negative numbers.
 */
final class Charts {
    record Bar(String label, double value, Color colour) {
    }

    record Pair(String label, double first, double second, Color colour) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL = 220;
    private static final int ROW = 22;

    private Charts() {
    }

    /** One bar per entry, longest to scale; {@code percent} prints values as percentages. */
    static String bars(String title, List<Bar> bars, boolean percent) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = bars.size() * ROW + 10;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\"><title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double w = max > 0 ? (WIDTH - LABEL - 70) * b.value() / max : 0;
            int y = 5 + i * ROW;
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(Html.escape(shorten(b.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(TypePalette.hex(b.colour())).append("\"/>");
            svg.append("<text x=\"").append(num(LABEL + w + 5)).append("\" y=\"").append(y + 14).append("\">")
                    .append(value(b.value(), percent)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Two thin bars per category: the first series solid, the second hatched grey; with a legend. */
    static String pairs(String title, List<Pair> pairs, String firstName, String secondName) {
        double max = pairs.stream().mapToDouble(p -> Math.max(p.first(), p.second())).max().orElse(0);
        int height = pairs.size() * (ROW + 6) + 34;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\"><title>").append(Html.escape(title)).append("</title>");
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"4\" width=\"14\" height=\"10\" fill=\"#555555\"/><text x=\"")
                .append(LABEL + 20).append("\" y=\"13\">").append(Html.escape(firstName)).append("</text>");
        svg.append("<rect x=\"").append(LABEL + 160).append("\" y=\"4\" width=\"14\" height=\"10\" fill=\"#cccccc\"/><text x=\"")
                .append(LABEL + 180).append("\" y=\"13\">").append(Html.escape(secondName)).append("</text>");
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            int y = 24 + i * (ROW + 6);
            double w1 = max > 0 ? (WIDTH - LABEL - 70) * p.first() / max : 0;
            double w2 = max > 0 ? (WIDTH - LABEL - 70) * p.second() / max : 0;
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(Html.escape(shorten(p.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(num(w1))
                    .append("\" height=\"9\" fill=\"").append(TypePalette.hex(p.colour())).append("\"/>");
            svg.append("<text x=\"").append(num(LABEL + w1 + 5)).append("\" y=\"").append(y + 10).append("\">")
                    .append(value(p.first(), true)).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 12).append("\" width=\"").append(num(w2))
                    .append("\" height=\"9\" fill=\"#cccccc\"/>");
            svg.append("<text x=\"").append(num(LABEL + w2 + 5)).append("\" y=\"").append(y + 20).append("\">")
                    .append(value(p.second(), true)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String value(double v, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.0f%%", v * 100) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String shorten(String s) {
        return s.length() <= 34 ? s : s.substring(0, 32) + "\u2026";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
