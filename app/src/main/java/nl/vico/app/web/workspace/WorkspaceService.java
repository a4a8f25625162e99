package nl.vico.app.web.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.ConflictException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.ImportListener;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.WorkspaceInfo;
import nl.vico.importer.neo4j.Neo4jStore;
import nl.vico.importer.neo4j.WorkspaceNames;
import nl.vico.model.StakeholderNetwork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The workspaces of the database and every change to their content. The store offers whole-network
 * imports only, so a change is: load the workspace's network, change a copy, write it as a dataset and
 * read it back with {@link DatasetReader} (the importer's own rules, every problem reported), then import
 * it in one transaction. All or nothing: a refused change writes nothing. Changes to one workspace are
 * serialised in this process so that two edits never overwrite each other.
 */
@Service
public class WorkspaceService {
    private final Neo4jStore store;
    private final ApplicationEventPublisher events;
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    WorkspaceService(Neo4jStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public List<WorkspaceInfo> list() {
        return store.workspaces();
    }

    public Optional<WorkspaceInfo> info(String workspace) {
        WorkspaceNames.requireValid(workspace);
        return store.workspaces().stream().filter(w -> w.name().equals(workspace)).findFirst();
    }

    public WorkspaceInfo require(String workspace) {
        return info(workspace).orElseThrow(() -> missing(workspace));
    }

    public StakeholderNetwork load(String workspace) {
        return store.load(workspace).orElseThrow(() -> missing(workspace));
    }

    /** Creates an empty workspace; refused when the name is taken. */
    public ImportSummary create(String workspace) {
        WorkspaceNames.requireValid(workspace);
        return locked(workspace, () -> {
            if (info(workspace).isPresent()) {
                throw new ConflictException("there is already a workspace " + workspace + " — choose another name");
            }
            return importChecked(workspace, StakeholderNetwork.empty(workspace));
        });
    }

    /** Replaces (or creates) the workspace's content with a dataset read and checked by the importer. */
    public ImportSummary replace(String workspace, Dataset dataset) {
        WorkspaceNames.requireValid(workspace);
        return locked(workspace, () -> {
            ImportSummary s = store.importNetwork(workspace, dataset, ImportListener.NONE);
            events.publishEvent(new WorkspaceChanged(workspace));
            return s;
        });
    }

    /**
     * Changes the workspace's network: {@code change} edits a draft and returns what the caller answers.
     * The result is checked as a dataset and imported, or nothing is written.
     */
    public <T> T edit(String workspace, Function<NetworkDraft, T> change) {
        WorkspaceNames.requireValid(workspace);
        return locked(workspace, () -> {
            var draft = new NetworkDraft(load(workspace));
            T result = change.apply(draft);
            StakeholderNetwork changed;
            try {
                changed = draft.build(workspace);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
            importChecked(workspace, changed);
            return result;
        });
    }

    /** Deletes the workspace and all it holds. */
    public boolean delete(String workspace) {
        WorkspaceNames.requireValid(workspace);
        return locked(workspace, () -> {
            boolean existed = store.delete(workspace);
            events.publishEvent(new WorkspaceChanged(workspace));
            return existed;
        });
    }

    private ImportSummary importChecked(String workspace, StakeholderNetwork network) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("vico-edit");
            Path dir = tmp.resolve(workspace);
            DatasetWriter.write(network, dir);
            Dataset dataset = DatasetReader.read(dir);
            ImportSummary s = store.importNetwork(workspace, dataset, ImportListener.NONE);
            events.publishEvent(new WorkspaceChanged(workspace));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(tmp);
        }
    }

    private <T> T locked(String workspace, java.util.function.Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(workspace, w -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    static NotFoundException missing(String workspace) {
        return new NotFoundException("there is no workspace " + workspace + " — list them with GET /api/workspaces");
    }

    /** Removes a temporary folder; what cannot be removed is left to the system's clean-up of its temp folder. */
    public static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
