package nl.vico.app.web.analysis;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.vico.app.web.network.Privacy;
import nl.vico.app.web.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis of a workspace: the same JSON document as {@code vico analyze --workspace W --format json}
 * ({@code network, actors, consortia, groups, findings}), with residents pseudonymised for accounts that
 * may not see their names. Computed off the request thread and cached per content hash.
 * The consortium assessment (assessment, comparison, recommendations, what-if) is {@link AssessmentController}.
 */
@RestController
@Tag(name = "analysis", description = "The analysis (as vico analyze --format json)")
@RequestMapping("/api/workspaces/{workspace}")
class AnalysisController {
    private final AnalysisService analyses;
    private final Access access;

    AnalysisController(AnalysisService analyses, Access access) {
        this.analyses = analyses;
        this.access = access;
    }

    @GetMapping("/analysis")
    CompletableFuture<Map<String, Object>> analysis(@PathVariable String workspace) {
        var privacy = Privacy.of(access.read(workspace));
        return analyses.analysis(workspace).thenApply(a -> privacy.analysis(a.report().toJsonTree(), a.network()));
    }
}
