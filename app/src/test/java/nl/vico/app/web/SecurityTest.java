package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what, tried over real HTTP against the real server: every refusal here is a request that a
 * wrongly configured server would answer with data or a change. Workspaces sec-a and sec-b hold the
 * example; the viewer and the analyst are members of sec-a only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest extends ServerTest {
    private static final String A = "/api/workspaces/sec-a";
    private static final String B = "/api/workspaces/sec-b";
    private Http viewer;
    private Http analyst;

    @BeforeAll
    void workspacesAndAccounts() {
        Http admin = admin();
        Datasets.uploadExample(admin, "sec-a");
        Datasets.uploadExample(admin, "sec-b");
        viewer = account("sec-viewer", "viewer", false, "sec-a");
        analyst = account("sec-analyst", "analyst", false, "sec-a");
    }

    private static Map<String, Object> actor(String id) {
        return Map.of("id", id, "name", "Buurtwinkel " + id, "type", "business", "neighbourhood", "kadebuurt");
    }

    private int actorStatus(Http who, String workspace, String id) {
        return who.get(workspace + "/actors/" + id).status();
    }

    @Test
    void unauthenticated_apiAnswers401Problem() {
        Http nobody = Http.anonymous(port);
        for (String path : List.of("/api/workspaces", A + "/actors", A + "/analysis", A + "/network", "/api/users", "/api/me")) {
            var r = nobody.get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().path("type").asText()).isEqualTo("urn:vico:problem:unauthenticated");
            assertThat(r.body()).as(path).doesNotContain("Anouk");
        }
    }

    @Test
    void unauthenticated_pageRedirectsToLogin_loginPageIsOpen() {
        Http nobody = Http.anonymous(port);
        var page = nobody.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.html");
        assertThat(nobody.get("/index.html").status()).isEqualTo(302);
        assertThat(nobody.get("/js/app.js").status()).isEqualTo(302);
        var login = nobody.get("/login.html");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("action=\"/login\"");
    }

    @Test
    void wrongPassword_isRefused_andGivesNoSession() {
        Http h = Http.anonymous(port);
        var r = h.loginAttempt("sec-viewer", "not-the-password");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login.html?error");
        assertThat(h.get("/api/me").status()).isEqualTo(401);
        var unknown = Http.anonymous(port).loginAttempt("nobody-at-all", "whatever-password");
        assertThat(unknown.header("Location")).contains("error");
    }

    @Test
    void repeatedFailedLogins_areRefusedWith429_evenWithTheRightPassword() {
        account("sec-guessed", "viewer", false, "sec-a");
        Http attacker = Http.anonymous(port);
        // vico.login.max-failures defaults to 5 in a window of 15 minutes: five wrong passwords are answered as usual
        for (int i = 1; i <= 5; i++) {
            var r = attacker.loginAttempt("sec-guessed", "guess-number-" + i);
            assertThat(r.status()).as("attempt " + i).isEqualTo(302);
            assertThat(r.header("Location")).contains("/login.html?error");
        }
        // the sixth is refused before the password is looked at: the right one does not help now
        Http owner = Http.anonymous(port);
        var refused = owner.loginAttempt("sec-guessed", "password-of-sec-guessed");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:vico:problem:too-many-logins");
        assertThat(refused.json().path("detail").asText()).contains("5 failed logins").contains("wait");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(refused.json().path("retry_after_seconds").asLong()).isEqualTo(retryAfter);
        assertThat(owner.get("/api/me").status()).isEqualTo(401);
        // the same name in other letters is the same account name
        assertThat(Http.anonymous(port).loginAttempt("SEC-GUESSED", "whatever-it-is").status()).isEqualTo(429);
        // other accounts from the same client still log in (the per-client limit is 20)
        assertThat(account("sec-after-guessing", "viewer", false, "sec-a").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void loginWithoutCsrfToken_isRefused() {
        Http h = Http.anonymous(port).withoutCsrf();
        var r = h.loginAttempt("sec-viewer", "password-of-sec-viewer");
        assertThat(r.status()).isEqualTo(403);
        assertThat(h.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void viewer_readsItsWorkspace_butCannotChangeIt() {
        assertThat(viewer.get(A + "/actors").status()).isEqualTo(200);
        var r = viewer.post(A + "/actors", actor("v1"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("type").asText()).isEqualTo("urn:vico:problem:forbidden");
        assertThat(actorStatus(analyst, A, "v1")).isEqualTo(404);
        assertThat(viewer.delete(A + "/actors/r01?forget=true").status()).isEqualTo(403);
        assertThat(actorStatus(analyst, A, "r01")).isEqualTo(200);
        assertThat(viewer.upload(A + "/dataset", Datasets.parts(Datasets.example("kanaalwijk"))).status()).isEqualTo(403);
        assertThat(viewer.post("/api/workspaces", Map.of("name", "viewer-made")).status()).isEqualTo(403);
    }

    @Test
    void viewer_cannotReadAWorkspaceItIsNotAMemberOf() {
        for (String path : List.of(B, B + "/actors", B + "/actors/r01", B + "/ties", B + "/consortia", B + "/network",
                B + "/analysis", B + "/export?format=csv", B + "/consortia/samen_de_kade/members")) {
            var r = viewer.get(path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).doesNotContain("Havenstad");
        }
        List<String> listed = new ArrayList<>();
        viewer.get("/api/workspaces").json().forEach(w -> listed.add(w.path("name").asText()));
        assertThat(listed).contains("sec-a").doesNotContain("sec-b", "kanaalwijk");
    }

    @Test
    void analyst_changesItsWorkspace_butNotAnotherOne_norAccounts() {
        var created = analyst.post(A + "/actors", actor("an1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(analyst.post(B + "/actors", actor("an1")).status()).isEqualTo(403);
        assertThat(actorStatus(admin(), B, "an1")).isEqualTo(404);
        assertThat(analyst.upload(B + "/dataset", Datasets.parts(Datasets.example("kanaalwijk"))).status()).isEqualTo(403);
        assertThat(analyst.delete(A).status()).isEqualTo(403);
        assertThat(analyst.get("/api/users").status()).isEqualTo(403);
        assertThat(analyst.post("/api/users", Map.of("name", "sneaky", "password", "sneaky-password-1", "role", "admin"))
                .status()).isEqualTo(403);
        assertThat(admin().get("/api/users/sneaky").status()).isEqualTo(404);
        assertThat(analyst.delete(A + "/actors/an1").status()).isEqualTo(204);
    }

    @Test
    void changeWithoutCsrfToken_isRefused_andWritesNothing() {
        var forged = analyst.withoutCsrf().post(A + "/actors", actor("csrf1"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("type").asText()).isEqualTo("urn:vico:problem:csrf");
        assertThat(actorStatus(analyst, A, "csrf1")).isEqualTo(404);
        assertThat(analyst.withoutCsrf().delete(A + "/actors/r02?forget=true").status()).isEqualTo(403);
        assertThat(actorStatus(analyst, A, "r02")).isEqualTo(200);
        // the very same request with the token goes through: the refusal was the missing token
        assertThat(analyst.post(A + "/actors", actor("csrf1")).status()).isEqualTo(201);
        assertThat(analyst.delete(A + "/actors/csrf1").status()).isEqualTo(204);
    }

    @Test
    void apiToken_worksWithoutCookiesOrCsrf_andARevokedTokenIsRefused() {
        var made = analyst.post("/api/me/tokens", Map.of("name", "script"));
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().path("token").asText();
        String id = made.json().path("id").asText();
        assertThat(token).startsWith("vico_").hasSizeGreaterThan(40);
        assertThat(analyst.get("/api/me/tokens").body()).contains(id).doesNotContain(token);

        Http script = Http.bearer(port, token);
        assertThat(script.get(A + "/actors").status()).isEqualTo(200);
        // answers computed off the request thread (a second, asynchronous dispatch) accept the token too
        assertThat(script.get(A + "/analysis").status()).isEqualTo(200);
        assertThat(script.get(B + "/analysis").status()).isEqualTo(403);
        assertThat(script.post(A + "/actors", actor("tok1")).status()).isEqualTo(201);
        assertThat(script.get(B + "/actors").status()).isEqualTo(403);
        assertThat(script.get("/api/users").status()).isEqualTo(403);
        assertThat(script.delete(A + "/actors/tok1").status()).isEqualTo(204);

        assertThat(analyst.delete("/api/me/tokens/" + id).status()).isEqualTo(204);
        var revoked = script.get(A + "/actors");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("detail").asText()).contains("not valid");
        assertThat(Http.bearer(port, "vico_" + "x".repeat(43)).get(A + "/actors").status()).isEqualTo(401);
        assertThat(Http.bearer(port, "not-a-token").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void viewer_seesResidentsUnderAPseudonym_unlessGranted() {
        var actors = viewer.get(A + "/actors?type=resident&size=500").json().path("items");
        assertThat(actors.size()).isGreaterThan(10);
        for (JsonNode a : actors) {
            assertThat(a.path("name").asText()).isEqualTo("Resident " + a.path("id").asText());
            assertThat(a.path("pseudonym").asBoolean()).isTrue();
            assertThat(a.path("attributes").size()).isZero();
        }
        // organisations keep their names
        assertThat(viewer.get(A + "/actors/hc_havenstad").json().path("name").asText()).isEqualTo("Woonstichting Havenstad");
        // the resident r01 is "Anouk V." in examples/kanaalwijk/actors.csv: nowhere in what the viewer gets
        for (String path : List.of(A + "/actors/r01", A + "/network", A + "/analysis", A + "/export?format=csv",
                A + "/export?format=graphml", A + "/export?format=json", A + "/actors?q=anouk")) {
            var r = viewer.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("Anouk");
        }
        assertThat(viewer.get(A + "/actors?q=anouk").json().path("total").asInt()).isZero();
        assertThat(viewer.get(A + "/analysis").json().path("actors").path("r01").path("name").asText()).isEqualTo("Resident r01");

        Http granted = account("sec-viewer-names", "viewer", true, "sec-a");
        assertThat(granted.get(A + "/actors/r01").json().path("name").asText()).isEqualTo("Anouk V.");
        assertThat(analyst.get(A + "/analysis").json().path("actors").path("r01").path("name").asText()).isEqualTo("Anouk V.");
    }

    @Test
    void membershipGivenByAnAdmin_countsAtOnce_inAnOpenSession() {
        Http late = account("sec-late", "viewer", false, "sec-a");
        assertThat(late.get(B + "/actors").status()).isEqualTo(403);
        var change = admin().put("/api/users/sec-late", Map.of("role", "viewer", "workspaces", List.of("sec-a", "sec-b")));
        assertThat(change.status()).isEqualTo(200);
        assertThat(late.get(B + "/actors").status()).isEqualTo(200);
        admin().put("/api/users/sec-late", Map.of("role", "viewer", "workspaces", List.of("sec-a")));
        assertThat(late.get(B + "/actors").status()).isEqualTo(403);
    }

    @Test
    void logout_endsTheSession() {
        Http h = account("sec-leaver", "viewer", false, "sec-a");
        assertThat(h.get("/api/me").status()).isEqualTo(200);
        var r = h.postRaw("/logout", "application/x-www-form-urlencoded", ("_csrf=" + h.csrfToken()).getBytes());
        assertThat(r.status()).isEqualTo(302);
        assertThat(h.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void securityHeaders_onThePageAndTheApi() {
        for (var r : List.of(Http.anonymous(port).get("/login.html"), viewer.get("/"), viewer.get(A + "/actors"))) {
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        String cookies = String.join("; ", Http.anonymous(port).get("/login.html").headers().allValues("Set-Cookie"));
        assertThat(cookies).contains("SameSite=Strict");
    }

    @Test
    void errors_areProblemDocuments_withoutStackTraces() {
        var badJson = analyst.postRaw(A + "/actors", "application/json", "{\"id\": \"x\", \"type\": ".getBytes());
        var missing = analyst.get("/api/no-such-thing");
        var wrongMethod = analyst.postRaw(A + "/network", "application/json", "{}".getBytes());
        var badNumber = analyst.get(A + "/ties/not-a-number");
        for (var r : List.of(badJson, missing, wrongMethod, badNumber)) {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("type").asText()).startsWith("urn:vico:problem:");
            assertThat(r.body()).doesNotContain("Exception", "springframework", "at nl.vico", "trace");
        }
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
    }
}
