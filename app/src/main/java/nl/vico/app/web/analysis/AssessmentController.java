package nl.vico.app.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consortium assessment of a workspace: the same JSON documents as {@code vico assess}, {@code vico compare},
 * {@code vico recommend} and {@code vico assess --add/--remove} with {@code --format json}. Every member of the
 * workspace may ask (a what-if changes nothing); residents appear by id only, as on the command line. Criterion
 * weights ({@code weight=criterion=w}, repeatable, as {@code --weight}) let a residents' panel re-rank the
 * proposals. Computed off the request thread and cached per content hash and weights ({@link AssessmentService}).
 */
@RestController
@Tag(name = "assessment", description = "Consortium assessment, comparison, recommendations and what-if "
        + "(as vico assess/compare/recommend --format json)")
@RequestMapping("/api/workspaces/{workspace}")
class AssessmentController {
    static final int MAX_TOP = 50;
    static final int MAX_CHANGES = 100;
    private static final String WEIGHT_DOC = "criterion=weight, repeatable (diversity, power_balance, bridging, support,"
            + " role_clarity, scale); default 1 each, 0 leaves a criterion out";
    private final AssessmentService assessments;
    private final Access access;

    AssessmentController(AssessmentService assessments, Access access) {
        this.assessments = assessments;
        this.access = access;
    }

    /**
     * A what-if: members to add (they join with budget share 0, as broker when of type broker, else as partner)
     * and to remove, and optionally the criterion weights.
     */
    record WhatIfRequest(@Size(max = MAX_CHANGES) List<@NotBlank @Size(max = 200) String> add,
                         @Size(max = MAX_CHANGES) List<@NotBlank @Size(max = 200) String> remove,
                         Map<String, Object> weights) {
    }

    @GetMapping("/consortia/{consortium}/assessment")
    @Operation(summary = "The consortium's assessment: scores per criterion, findings, members (vico assess)")
    CompletableFuture<Map<String, Object>> assessment(@PathVariable String workspace, @PathVariable String consortium,
            @Parameter(description = WEIGHT_DOC) @RequestParam(name = "weight", required = false) List<String> weight) {
        access.read(workspace);
        return assessments.assessment(workspace, consortium, Weights.parse(weight));
    }

    @GetMapping("/comparison")
    @Operation(summary = "The proposals (for one task) ranked, and what decides each pair (vico compare)")
    CompletableFuture<Map<String, Object>> comparison(@PathVariable String workspace,
            @Parameter(description = "only the proposals for this task (default: all)")
            @RequestParam(required = false) String task,
            @Parameter(description = WEIGHT_DOC) @RequestParam(name = "weight", required = false) List<String> weight) {
        access.read(workspace);
        return assessments.comparison(workspace, task == null || task.isBlank() ? null : task.strip(),
                Weights.parse(weight));
    }

    @GetMapping("/consortia/{consortium}/recommendations")
    @Operation(summary = "The non-members whose joining would close most gaps, with before and after (vico recommend)")
    CompletableFuture<Map<String, Object>> recommendations(@PathVariable String workspace, @PathVariable String consortium,
            @RequestParam(defaultValue = "5") @Min(1) @Max(MAX_TOP) int top,
            @Parameter(description = WEIGHT_DOC) @RequestParam(name = "weight", required = false) List<String> weight) {
        access.read(workspace);
        return assessments.recommendations(workspace, consortium, top, Weights.parse(weight));
    }

    @PostMapping("/consortia/{consortium}/what-if")
    @Operation(summary = "What changes if members join or leave (vico assess --add/--remove); writes nothing")
    CompletableFuture<Map<String, Object>> whatIf(@PathVariable String workspace, @PathVariable String consortium,
                                                  @Valid @RequestBody WhatIfRequest request) {
        access.read(workspace);
        List<String> add = strip(request.add());
        List<String> remove = strip(request.remove());
        if (add.isEmpty() && remove.isEmpty()) {
            throw new BadRequestException("a what-if needs at least one actor in 'add' or 'remove', e.g. "
                    + "{\"add\": [\"br_buurtverbinders\"]}; for the consortium as it is: GET .../assessment");
        }
        return assessments.whatIf(workspace, consortium, add, remove, Weights.of(request.weights()));
    }

    private static List<String> strip(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::strip).toList();
    }
}
