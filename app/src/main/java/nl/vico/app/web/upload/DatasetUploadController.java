package nl.vico.app.web.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vico.app.web.VicoProperties;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.security.Role;
import nl.vico.app.web.security.UserStore;
import nl.vico.app.web.security.VicoUser;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.neo4j.WorkspaceNames;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads a dataset into a workspace (creating it when new): the CSV files of the format, or one zip of
 * them, in the multipart field {@code files}. The importer checks all of it first; any problem answers
 * 400 with every problem as {@code file:line:column} in {@code problems}, and nothing is written.
 */
@RestController
@Tag(name = "datasets", description = "Upload of a dataset (CSV files or a zip)")
class DatasetUploadController {
    private final WorkspaceService workspaces;
    private final Access access;
    private final UserStore users;
    private final VicoProperties properties;

    DatasetUploadController(WorkspaceService workspaces, Access access, UserStore users, VicoProperties properties) {
        this.workspaces = workspaces;
        this.access = access;
        this.users = users;
        this.properties = properties;
    }

    /** What an upload did. */
    record UploadResult(String workspace, String outcome, int actors, int ties, int consortia, int memberships,
                        int neighbourhoods, String contentHash) {
        static UploadResult of(ImportSummary s) {
            return new UploadResult(s.workspace(), s.outcome().name().toLowerCase(java.util.Locale.ROOT), s.actors(), s.ties(),
                    s.consortia(), s.memberships(), s.neighbourhoods(), s.contentHash());
        }
    }

    @PostMapping(path = "/api/workspaces/{workspace}/dataset", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadResult> upload(@PathVariable String workspace,
                                        @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        WorkspaceNames.requireValid(workspace);
        boolean exists = workspaces.info(workspace).isPresent();
        VicoUser user = exists ? access.write(workspace) : access.creator();
        Path tmp = Files.createTempDirectory("vico-upload");
        try {
            Path dir = Files.createDirectory(tmp.resolve(workspace));
            UploadedDataset.extract(files, properties.upload(), dir);
            Dataset dataset = DatasetReader.read(dir);
            ImportSummary summary = workspaces.replace(workspace, dataset);
            if (!exists && user.role() != Role.ADMIN) {
                users.addWorkspace(user.name(), workspace);
            }
            return ResponseEntity.status(exists ? HttpStatus.OK : HttpStatus.CREATED).body(UploadResult.of(summary));
        } finally {
            WorkspaceService.deleteTree(tmp);
        }
    }
}
