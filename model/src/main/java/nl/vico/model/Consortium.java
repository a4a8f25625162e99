package nl.vico.model;

/**
 * A proposed coalition that bids for a public task.
 *
 * @param id               unique within a dataset
 * @param name             display name
 * @param task             the public task it proposes to carry out, or {@code null}
 * @param neighbourhood    id of the neighbourhood it works in, or {@code null}
 * @param municipalityRole the municipality's role towards it, or {@code null} when the proposal leaves it undefined
 */
public record Consortium(String id, String name, String task, String neighbourhood, MunicipalRole municipalityRole) {
    public Consortium {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a consortium needs a non-blank id");
        }
        name = name == null || name.isBlank() ? id : name;
        task = task == null || task.isBlank() ? null : task;
        neighbourhood = neighbourhood == null || neighbourhood.isBlank() ? null : neighbourhood;
    }
}
