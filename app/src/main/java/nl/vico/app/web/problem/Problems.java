package nl.vico.app.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.importer.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem documents of the API, all with a {@code urn:vico:problem:*} type. */
public final class Problems {
    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:vico:problem:" + type));
        p.setTitle(title);
        return p;
    }

    /** The importer's problems, each as an object with its location and its one-line form. */
    public static List<Map<String, Object>> datasetProblems(List<Problem> problems) {
        return problems.stream().map(Problems::problem).toList();
    }

    private static Map<String, Object> problem(Problem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("column_name", p.columnName());
        m.put("message", p.message());
        m.put("fix", p.fix());
        m.put("text", p.toString());
        return m;
    }
}
