package nl.vico.app.web.analysis;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.vico.app.web.network.Privacy;
import nl.vico.app.web.problem.NotImplementedException;
import nl.vico.app.web.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis of a workspace: the same JSON document as {@code vico analyze --workspace W --format json}
 * ({@code network, actors, consortia, groups, findings}), with residents pseudonymised for accounts that
 * may not see their names. Computed off the request thread and cached per content hash.
 *
 * <p>Assessment, comparison, recommendation and what-if answer 501 until the assessment API is wired in
 * here (see the {@code assess}, {@code compare} and {@code recommend} commands).
 */
@RestController
@Tag(name = "analysis", description = "The analysis (as vico analyze --format json)")
@RequestMapping("/api/workspaces/{workspace}")
class AnalysisController {
    private static final String LATER = "comes with the consortium assessment (vico assess/compare/recommend), which"
            + " is not wired into the server yet — use GET /api/workspaces/{w}/analysis meanwhile";
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

    // Hooks for the assessment API (issue 6: consortium pages, comparison with weights, what-if).

    @GetMapping("/consortia/{consortium}/assessment")
    Map<String, Object> assessment(@PathVariable String workspace, @PathVariable String consortium) {
        access.read(workspace);
        throw new NotImplementedException("the assessment of a consortium " + LATER);
    }

    @GetMapping("/comparison")
    Map<String, Object> comparison(@PathVariable String workspace) {
        access.read(workspace);
        throw new NotImplementedException("the comparison of proposals " + LATER);
    }

    @GetMapping("/consortia/{consortium}/recommendations")
    Map<String, Object> recommendations(@PathVariable String workspace, @PathVariable String consortium) {
        access.read(workspace);
        throw new NotImplementedException("recommendations " + LATER);
    }

    @PostMapping("/consortia/{consortium}/what-if")
    Map<String, Object> whatIf(@PathVariable String workspace, @PathVariable String consortium) {
        access.read(workspace);
        throw new NotImplementedException("what-if " + LATER);
    }
}
