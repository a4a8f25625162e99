package nl.vico.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.vico.app.web.VicoProperties;
import org.junit.jupiter.api.Test;

/**
 * The sliding window of failed logins, on a clock the test moves: 3 per name and 5 per client in 10 minutes here,
 * so that each limit is reached on its own.
 */
class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(10);

    /** A clock that stands still until the test moves it. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(new VicoProperties.Login(3, 5, WINDOW), clock);

    @Test
    void belowTheLimit_nothingIsRefused() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.check("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void atTheNameLimit_theNameIsRefusedFromAnyClient_untilTheOldestFailureLeavesTheWindow() {
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(2));
        throttle.failed("Anna ", "10.0.0.2"); // names are compared without case and surrounding spaces
        clock.advance(Duration.ofMinutes(3));
        throttle.failed("anna", "10.0.0.3");
        var refusal = throttle.check("anna", "10.0.0.9").orElseThrow();
        assertThat(refusal.byName()).isTrue();
        assertThat(refusal.failures()).isEqualTo(3);
        // the first failure was 5 minutes ago and counts for 10: 5 minutes to wait
        assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(refusal.retryAfterSeconds()).isEqualTo(300);
        assertThat(throttle.check("bert", "10.0.0.9")).as("another name").isEmpty();

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(throttle.check("anna", "10.0.0.9")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check("anna", "10.0.0.9")).as("the first failure is 10 minutes old").isEmpty();
    }

    @Test
    void atTheClientLimit_everyNameFromThatClientIsRefused() {
        for (String name : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(name, "10.0.0.1");
        }
        var refusal = throttle.check("f", "10.0.0.1").orElseThrow();
        assertThat(refusal.byName()).isFalse();
        assertThat(refusal.failures()).isEqualTo(5);
        assertThat(refusal.retryAfter()).isEqualTo(WINDOW);
        assertThat(throttle.check("f", "10.0.0.2")).as("another client").isEmpty();
    }

    @Test
    void aSuccessfulLogin_clearsTheNameButNotTheClient() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.check("anna", "10.0.0.2")).as("2 failures since the success").isEmpty();
        throttle.failed("bert", "10.0.0.1");
        // the client has 5 failures in all (2 before anna's success, 2 after, 1 for bert)
        assertThat(throttle.check("carl", "10.0.0.1")).isPresent();
    }

    @Test
    void theWaitIsUntilTheCountDropsBelowTheLimit_notUntilTheNewestFailureIsOld() {
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("anna", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("anna", "10.0.0.1"); // 4 failures at minutes 0, 1, 2, 3; limit 3
        // below 3 once the failures of minutes 0 and 1 have left: at minute 11, 8 minutes from now (minute 3)
        assertThat(throttle.check("anna", "x").orElseThrow().retryAfter()).isEqualTo(Duration.ofMinutes(8));
    }
}
