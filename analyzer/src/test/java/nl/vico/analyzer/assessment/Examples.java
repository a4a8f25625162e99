package nl.vico.analyzer.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import nl.vico.analyzer.testing.ReferenceData;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;

/** The project's example datasets with their neighbourhoods (the shared test reader leaves those out). */
final class Examples {
    private Examples() {
    }

    static Path folder(String name) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Paths.get("").toAbsolutePath());
    }

    /** Actors, ties, consortia and members by {@link ReferenceData}, plus neighbourhoods.csv (id,name,residents). */
    static StakeholderNetwork load(String name) {
        Path dir = folder(name);
        var base = ReferenceData.network(dir.toString());
        var hoods = new ArrayList<Neighbourhood>();
        try {
            var lines = Files.readAllLines(dir.resolve("neighbourhoods.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                String residents = line.substring(last + 1).strip();
                hoods.add(new Neighbourhood(line.substring(0, first), line.substring(first + 1, last),
                        residents.isEmpty() ? null : Integer.valueOf(residents)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StakeholderNetwork(name, base.actors(), base.ties(), base.consortia(), base.memberships(), hoods);
    }
}
