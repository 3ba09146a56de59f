package dev.jcompose.plan;

import dev.jcompose.model.Service;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code pull_policy} as Docker Compose reads it: always, never, missing (also {@code if_not_present},
 * an empty or unknown value, and a bare {@code refresh}), build, or a refresh window ({@code daily}, {@code weekly},
 * {@code every_<duration>} such as {@code every_12h} or {@code every_1w2d}): pull when the image was last pulled
 * longer ago than the window.
 */
public record PullPolicy(Kind kind, Duration window) {

    public enum Kind { ALWAYS, NEVER, MISSING, BUILD, REFRESH }

    private static final Pattern PART = Pattern.compile("([0-9]+)(ms|us|ns|[wdhms])");

    public static PullPolicy of(String text) {
        String p = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "always" -> new PullPolicy(Kind.ALWAYS, null);
            case "never" -> new PullPolicy(Kind.NEVER, null);
            case "build" -> new PullPolicy(Kind.BUILD, null);
            case "daily" -> new PullPolicy(Kind.REFRESH, Duration.ofDays(1));
            case "weekly" -> new PullPolicy(Kind.REFRESH, Duration.ofDays(7));
            default -> p.startsWith("every_") ? every(p.substring("every_".length()))
                    : new PullPolicy(Kind.MISSING, null);
        };
    }

    /** The policy {@code up} applies: {@code --pull} when given, else the service's own. */
    static PullPolicy effective(Service s, PlanOptions options) {
        if (options.pull() != null) return of(options.pull().name());
        return of(s.pullPolicy());
    }

    private static PullPolicy every(String duration) {
        Matcher m = PART.matcher(duration);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                case "ms" -> Duration.ofMillis(n);
                case "us" -> Duration.ofNanos(n * 1000);
                default -> Duration.ofNanos(n);
            });
            end = m.end();
        }
        if (end == 0 || end != duration.length()) return new PullPolicy(Kind.MISSING, null);
        return new PullPolicy(Kind.REFRESH, total);
    }

    /**
     * Whether {@code up} pulls, given whether the image is present and how long ago it was last pulled or built
     * (null when unknown).
     */
    boolean pullsOnUp(boolean present, Duration age) {
        return switch (kind) {
            case ALWAYS -> true;
            case NEVER, BUILD -> false;
            case MISSING -> !present;
            case REFRESH -> !present || age == null || age.compareTo(window) > 0;
        };
    }
}
