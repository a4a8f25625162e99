package nl.vico.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset that cannot be imported, with every problem found in it (not just the first), sorted by
 * file (actors, ties, consortia, members, neighbourhoods), then line, then column. Its message lists
 * them one per line in {@link Problem#toString()} form.
 */
public class DatasetException extends RuntimeException {
    private final transient Path folder;
    private final List<Problem> problems;

    public DatasetException(Path folder, List<Problem> problems) {
        super(describe(folder, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException carries at least one problem");
        }
        this.folder = folder;
        this.problems = List.copyOf(problems);
    }

    private static String describe(Path folder, List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return head + " in dataset " + folder + " (nothing was imported):" + System.lineSeparator()
                + problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
    }

    /** The dataset folder as given. */
    public Path folder() {
        return folder;
    }

    /** Every problem found, in file, line, column order. */
    public List<Problem> problems() {
        return problems;
    }
}
