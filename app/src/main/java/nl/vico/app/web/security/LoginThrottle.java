package nl.vico.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.vico.app.web.VicoProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account name and per client address in a sliding window
 * ({@link VicoProperties.Login}); while either count is at its limit, further logins for that name or from that
 * client are refused, with the time until the count drops below the limit again. A refused attempt is not
 * counted (a waiting user does not extend the wait), and a successful login clears its account name's count,
 * not its client's (so one good account cannot wipe a client's record of guessing at another). The name is
 * counted whether or not an account of that name exists, so the answer says nothing about which names exist.
 *
 * <p>Memory is bounded: at most {@value #MAX_KEYS} names and addresses are tracked; beyond that, failures
 * older than the window are dropped first, and a name or address not yet tracked is then counted only by its
 * other key.
 */
@Component
public class LoginThrottle {
    static final int MAX_KEYS = 100_000;
    private static final int MAX_NAME = 200;
    private final int maxPerName;
    private final int maxPerClient;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(VicoProperties properties) {
        this(properties.login(), Clock.systemUTC());
    }

    LoginThrottle(VicoProperties.Login limits, Clock clock) {
        this.maxPerName = limits.maxFailures();
        this.maxPerClient = limits.maxFailuresPerClient();
        this.window = limits.window();
        this.clock = clock;
    }

    /** Why a login is refused: which limit, and how long to wait. */
    public record Refusal(boolean byName, int failures, Duration window, Duration retryAfter) {
        /** Whole seconds to wait, at least 1, for a Retry-After header. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** Whether a login for this name from this client is to be refused now, and for how long. */
    public Optional<Refusal> check(String name, String client) {
        Instant now = clock.instant();
        Optional<Duration> byName = wait(nameKey(name), maxPerName, now);
        Optional<Duration> byClient = wait(clientKey(client), maxPerClient, now);
        if (byName.isEmpty() && byClient.isEmpty()) {
            return Optional.empty();
        }
        boolean forName = byName.isPresent() && (byClient.isEmpty() || byName.get().compareTo(byClient.get()) >= 0);
        return Optional.of(new Refusal(forName, forName ? maxPerName : maxPerClient, window,
                forName ? byName.get() : byClient.get()));
    }

    /** A login for this name from this client failed. */
    public void failed(String name, String client) {
        Instant now = clock.instant();
        record(nameKey(name), now);
        record(clientKey(client), now);
    }

    /** A login for this name succeeded: its count starts again. */
    public void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private Optional<Duration> wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            purge(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // the count drops below max once the (size - max + 1) oldest failures have left the window
            Instant freeing = times.stream().skip(times.size() - max).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, freeing.plus(window)));
        }
    }

    private void record(String key, Instant now) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    purge(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
            if (failures.size() >= MAX_KEYS) {
                return;
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            purge(times, now);
            times.addLast(now);
        }
    }

    private void purge(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String nameKey(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return "name:" + (n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n);
    }

    private static String clientKey(String client) {
        return "client:" + (client == null ? "" : client);
    }
}
