package dev.jcompose.plan;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pull_policy values as Docker Compose reads them. */
class PullPolicyTest {

    @Test
    void namedPoliciesAndRefreshWindows() {
        assertEquals(new PullPolicy(PullPolicy.Kind.MISSING, null), PullPolicy.of(null));
        assertEquals(PullPolicy.Kind.MISSING, PullPolicy.of("if_not_present").kind());
        assertEquals(PullPolicy.Kind.MISSING, PullPolicy.of("refresh").kind(), "a bare refresh is missing");
        assertEquals(PullPolicy.Kind.BUILD, PullPolicy.of("build").kind());
        assertEquals(new PullPolicy(PullPolicy.Kind.REFRESH, Duration.ofDays(1)), PullPolicy.of("daily"));
        assertEquals(new PullPolicy(PullPolicy.Kind.REFRESH, Duration.ofDays(7)), PullPolicy.of("weekly"));
        assertEquals(new PullPolicy(PullPolicy.Kind.REFRESH, Duration.ofDays(9)), PullPolicy.of("every_1w2d"));
        assertEquals(new PullPolicy(PullPolicy.Kind.REFRESH, Duration.ofMinutes(90)), PullPolicy.of("every_1h30m"));
        assertEquals(PullPolicy.Kind.MISSING, PullPolicy.of("every_soon").kind(), "unparseable: pull if missing");
    }

    @Test
    void whenUpPulls() {
        PullPolicy daily = PullPolicy.of("daily");
        assertTrue(daily.pullsOnUp(false, null));
        assertFalse(daily.pullsOnUp(true, Duration.ofHours(23)));
        assertTrue(daily.pullsOnUp(true, Duration.ofHours(25)));
        assertTrue(daily.pullsOnUp(true, null), "an image of unknown age is refreshed");
        assertTrue(PullPolicy.of("always").pullsOnUp(true, Duration.ZERO));
        assertFalse(PullPolicy.of("never").pullsOnUp(false, null));
        assertFalse(PullPolicy.of("missing").pullsOnUp(true, null));
    }
}
