package nl.vico.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small WebDriver BiDi client for Firefox (which speaks the protocol itself since version 129, so no
 * geckodriver is needed): starts {@code firefox-esr --headless --remote-debugging-port=0} with a fresh profile,
 * reads the WebSocket address it prints, and drives one tab over {@code java.net.http.WebSocket} with the
 * commands of the W3C specification (session.new, browsingContext.navigate, script.evaluate,
 * input.performActions, browsingContext.captureScreenshot). Console errors ({@code log.entryAdded} at level
 * error) are collected. Test code only.
 */
final class FirefoxBiDi implements AutoCloseable {
    static final List<Path> BINARIES = List.of(Path.of("/usr/bin/firefox-esr"), Path.of("/usr/bin/firefox"));
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://[^\\s]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Keep an offline browser quiet: no updates, telemetry, experiments or remote settings fetched at start. */
    private static final String PREFS = """
            user_pref("app.update.disabledForTesting", true);
            user_pref("app.normandy.enabled", false);
            user_pref("browser.shell.checkDefaultBrowser", false);
            user_pref("browser.startup.homepage_override.mstone", "ignore");
            user_pref("browser.aboutwelcome.enabled", false);
            user_pref("browser.safebrowsing.malware.enabled", false);
            user_pref("browser.safebrowsing.phishing.enabled", false);
            user_pref("browser.safebrowsing.downloads.enabled", false);
            user_pref("datareporting.policy.dataSubmissionEnabled", false);
            user_pref("datareporting.healthreport.uploadEnabled", false);
            user_pref("toolkit.telemetry.enabled", false);
            user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
            user_pref("messaging-system.rsexperimentloader.enabled", false);
            user_pref("network.captive-portal-service.enabled", false);
            user_pref("network.connectivity-service.enabled", false);
            user_pref("extensions.update.enabled", false);
            user_pref("services.settings.server", "http://127.0.0.1:9/");
            user_pref("intl.accept_languages", "en-GB");
            """;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> logEntries = new CopyOnWriteArrayList<>();
    private String context;
    /** Why ending the session failed, if it did (the process is stopped all the same). */
    private RuntimeException endProblem;

    private FirefoxBiDi(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Firefox binary of this machine, or null when none is installed. */
    static Path binary() {
        return BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Starts a headless Firefox, opens a BiDi session, and takes its first tab with the given viewport. */
    static FirefoxBiDi start(int width, int height) throws IOException {
        Path binary = binary();
        if (binary == null) {
            throw new IllegalStateException("no Firefox: install firefox-esr");
        }
        Path profile = Files.createTempDirectory("vico-firefox");
        Files.writeString(profile.resolve("user.js"), PREFS, StandardCharsets.UTF_8);
        var pb = new ProcessBuilder(binary.toString(), "--headless", "--remote-debugging-port=0", "--no-remote",
                "--profile", profile.toString(), "about:blank").redirectErrorStream(true);
        pb.environment().put("MOZ_HEADLESS", "1");
        Process process = pb.start();
        String address;
        try {
            address = address(process);
        } catch (IOException | RuntimeException e) {
            stop(process, profile);
            throw e;
        }
        var listener = new Listener();
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(address + "/session"), listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process, profile);
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            stop(process, profile);
            throw new IOException("cannot connect to Firefox's WebDriver BiDi at " + address, e);
        }
        var bidi = new FirefoxBiDi(process, profile, socket);
        listener.owner = bidi;
        try {
            bidi.send("session.new", Map.of("capabilities", Map.of()));
            bidi.send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
            bidi.context = bidi.send("browsingContext.getTree", Map.of()).path("contexts").get(0).path("context").asText();
            bidi.send("browsingContext.setViewport", Map.of("context", bidi.context,
                    "viewport", Map.of("width", width, "height", height)));
        } catch (RuntimeException e) {
            bidi.close();
            throw e;
        }
        return bidi;
    }

    /** Reads Firefox's output until it says where BiDi listens; the rest of its output is read and dropped. */
    private static String address(Process process) throws IOException {
        var found = new CompletableFuture<String>();
        var seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    } else if (!found.isDone() && seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
                found.completeExceptionally(new IOException("Firefox ended without a BiDi address; it said:\n" + seen));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("Firefox did not open WebDriver BiDi within " + TIMEOUT.toSeconds() + " s; it said:\n" + seen);
        }
    }

    /** Sends one command and waits for its result; a BiDi error becomes an exception with its message. */
    JsonNode send(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        var answer = new CompletableFuture<JsonNode>();
        pending.put(id, answer);
        ObjectNode command = Http.JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", Http.JSON.valueToTree(params));
        try {
            synchronized (socket) {
                socket.sendText(Http.JSON.writeValueAsString(command), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if ("error".equals(reply.path("type").asText())) {
                throw new IllegalStateException(method + ": " + reply.path("error").asText() + " — "
                        + reply.path("message").asText());
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            throw new IllegalStateException(method + " got no answer from Firefox", e);
        } finally {
            pending.remove(id);
        }
    }

    void navigate(String url) {
        send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    /** The value of a JavaScript expression (awaited when it is a promise), through JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = send("script.evaluate", Map.of("expression",
                "(async () => JSON.stringify(await (" + expression + ")))()", "target", Map.of("context", context),
                "awaitPromise", true, "resultOwnership", "none"));
        if ("exception".equals(result.path("type").asText())) {
            throw new IllegalStateException("script failed: " + expression + " — "
                    + result.path("exceptionDetails").path("text").asText());
        }
        JsonNode value = result.path("result");
        if (!"string".equals(value.path("type").asText())) {
            return Http.JSON.nullNode(); // JSON.stringify(undefined)
        }
        try {
            return Http.JSON.readTree(value.path("value").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the expression is true; fails with the expression when it never is. */
    void waitUntil(String expression) {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (evaluate("!!(" + expression + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // a page that is being replaced by a navigation: ask again
                if (!String.valueOf(e.getMessage()).contains("script failed") && !String.valueOf(e.getMessage()).contains("no such")
                        && !String.valueOf(e.getMessage()).contains("discarded")) {
                    throw e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("still not true after " + TIMEOUT.toSeconds() + " s in Firefox: " + expression);
    }

    /** A real mouse click in the middle of the element (scrolled into view first). */
    void click(String cssSelector) {
        JsonNode centre = evaluate("(() => { const e = document.querySelector(" + Http.JSON.valueToTree(cssSelector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2)}; })()");
        if (centre.isNull()) {
            throw new AssertionError("nothing on the page matches " + cssSelector);
        }
        send("input.performActions", Map.of("context", context, "actions", List.of(Map.of("type", "pointer", "id", "mouse",
                "parameters", Map.of("pointerType", "mouse"), "actions", List.of(
                        Map.of("type", "pointerMove", "x", centre.path("x").asInt(), "y", centre.path("y").asInt()),
                        Map.of("type", "pointerDown", "button", 0), Map.of("type", "pointerUp", "button", 0))))));
        send("input.releaseActions", Map.of("context", context));
    }

    /** Types text with the keyboard into whatever has the focus; "\uE007" is Enter, "\uE004" Tab. */
    void type(String text) {
        var keys = new ArrayList<Map<String, String>>();
        text.codePoints().forEach(cp -> {
            String key = new String(Character.toChars(cp));
            keys.add(Map.of("type", "keyDown", "value", key));
            keys.add(Map.of("type", "keyUp", "value", key));
        });
        send("input.performActions", Map.of("context", context, "actions",
                List.of(Map.of("type", "key", "id", "keyboard", "actions", keys))));
    }

    /** A PNG of the viewport. */
    byte[] screenshot() {
        return Base64.getDecoder().decode(send("browsingContext.captureScreenshot", Map.of("context", context))
                .path("data").asText());
    }

    /** Messages the page logged as errors (script errors, refused resources). */
    List<String> consoleErrors() {
        return logEntries.stream().filter(e -> "error".equals(e.path("level").asText()))
                .map(e -> e.path("text").asText()).toList();
    }

    @Override
    public void close() {
        try {
            send("session.end", Map.of());
        } catch (RuntimeException e) {
            endProblem = e; // the browser is stopped below anyway
        }
        socket.abort();
        stop(process, profile);
    }

    private static void stop(Process process, Path profile) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        nl.vico.app.web.workspace.WorkspaceService.deleteTree(profile);
    }

    private void received(JsonNode message) {
        if (message.has("id") && !message.path("id").isNull()) {
            var answer = pending.get(message.path("id").asLong());
            if (answer != null) {
                answer.complete(message);
            }
        } else if ("log.entryAdded".equals(message.path("method").asText())) {
            logEntries.add(message.path("params"));
        }
    }

    /** Collects the text frames of each message and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        volatile FirefoxBiDi owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = Http.JSON.readTree(text);
                    if (owner != null) {
                        owner.received(message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("not JSON from Firefox: " + text, e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
