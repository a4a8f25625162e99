package nl.vico.model;

/**
 * A neighbourhood (wijk or buurt) and its number of residents.
 *
 * @param id        unique within a dataset
 * @param name      display name
 * @param residents number of residents, or {@code null} when not known
 */
public record Neighbourhood(String id, String name, Integer residents) {
    /** The scale the practice literature sets for a vital coalition: at most about 25,000 residents. */
    public static final int NEIGHBOURHOOD_SCALE_LIMIT = 25_000;

    public Neighbourhood {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a neighbourhood needs a non-blank id");
        }
        name = name == null || name.isBlank() ? id : name;
        if (residents != null && residents < 0) {
            throw new IllegalArgumentException("neighbourhood " + id + " has " + residents
                    + " residents — give a whole number ≥ 0, or leave it empty");
        }
    }
}
