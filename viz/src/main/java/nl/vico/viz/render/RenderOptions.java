package nl.vico.viz.render;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link NetworkRenderer} draws and how.
 *
 * @param width                 picture width in pixels (400–10,000; default 1600)
 * @param height                picture height in pixels (300–10,000; default 1100)
 * @param seed                  seed of the layout: the same network and seed give the same picture (default 42)
 * @param sizeMetric            the per-actor report key that sizes the nodes, e.g. {@code pagerank}; {@code null}
 *                              means betweenness, or degree when the report has no betweenness
 * @param maxLabels             at most this many actors are labelled, the largest first, and only where the
 *                              label does not cover another (default 30); every actor is a candidate when
 *                              the network has no more actors than this
 * @param consortium            id of a consortium to show: its members highlighted, the others faded, the
 *                              actors its findings name marked; {@code null} for the plain network map
 * @param title                 the title; {@code null} means the data set's (or the consortium's) name
 * @param date                  the date printed in the caption (the analysis date); {@code null} prints none.
 *                              Never taken from the clock here, so a picture is reproducible
 * @param locale                language of legend and caption: Dutch ({@code nl}) or English (default)
 * @param pseudonymiseResidents show residents as {@code Resident <id>} instead of by name (default true)
 * @param aggregateAbove        above this many actors the map shows communities as nodes instead of actors
 *                              (default 2000); a consortium view then shows the members' neighbourhood only
 */
public record RenderOptions(int width, int height, long seed, String sizeMetric, int maxLabels, String consortium,
                            String title, LocalDate date, Locale locale, boolean pseudonymiseResidents,
                            int aggregateAbove) {
    public RenderOptions {
        if (width < 400 || width > 10_000 || height < 300 || height > 10_000) {
            throw new IllegalArgumentException("picture size " + width + "×" + height
                    + " — give a width of 400 to 10000 and a height of 300 to 10000 pixels");
        }
        if (maxLabels < 0) {
            throw new IllegalArgumentException("maxLabels is " + maxLabels + " — give 0 (no labels) or more");
        }
        if (aggregateAbove < 1) {
            throw new IllegalArgumentException("aggregateAbove is " + aggregateAbove + " — give a number of actors ≥ 1");
        }
        sizeMetric = sizeMetric == null || sizeMetric.isBlank() ? null : sizeMetric.strip();
        consortium = consortium == null || consortium.isBlank() ? null : consortium.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        locale = Objects.requireNonNullElse(locale, Locale.ENGLISH);
    }

    /** 1600×1100, seed 42, sized by betweenness, 30 labels, English, residents pseudonymised, aggregated above 2000. */
    public static RenderOptions defaults() {
        return new RenderOptions(1600, 1100, 42L, null, 30, null, null, null, Locale.ENGLISH, true, 2000);
    }

    public RenderOptions withSize(int newWidth, int newHeight) {
        return new RenderOptions(newWidth, newHeight, seed, sizeMetric, maxLabels, consortium, title, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withSeed(long newSeed) {
        return new RenderOptions(width, height, newSeed, sizeMetric, maxLabels, consortium, title, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withSizeMetric(String key) {
        return new RenderOptions(width, height, seed, key, maxLabels, consortium, title, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withMaxLabels(int count) {
        return new RenderOptions(width, height, seed, sizeMetric, count, consortium, title, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withConsortium(String id) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, id, title, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withTitle(String text) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, consortium, text, date, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withDate(LocalDate day) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, consortium, title, day, locale,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withLocale(Locale language) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, consortium, title, date, language,
                pseudonymiseResidents, aggregateAbove);
    }

    public RenderOptions withPseudonymiseResidents(boolean value) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, consortium, title, date, locale,
                value, aggregateAbove);
    }

    public RenderOptions withAggregateAbove(int actors) {
        return new RenderOptions(width, height, seed, sizeMetric, maxLabels, consortium, title, date, locale,
                pseudonymiseResidents, actors);
    }
}
