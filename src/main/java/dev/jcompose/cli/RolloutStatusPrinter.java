package dev.jcompose.cli;

import dev.jcompose.app.Rollouts;

import java.io.PrintWriter;
import java.util.List;

/** {@code rollout --status}: a block per service, its front first, then every replica. */
final class RolloutStatusPrinter {

    private RolloutStatusPrinter() {
    }

    static void print(List<Rollouts.Status> statuses, PrintWriter out) {
        for (Rollouts.Status s : statuses) {
            if (s.front() == null) {
                out.println(s.service() + ": no front yet (run up)");
            } else {
                String serving = s.routes().isEmpty() ? "serving no replica"
                        : "serving generation " + s.generation() + " on " + String.join(", ", s.routes());
                out.println(s.service() + ": front " + s.front() + " " + s.frontState() + ", " + serving);
            }
            int width = s.replicas().stream().mapToInt(r -> r.name().length()).max().orElse(0);
            for (Rollouts.Replica r : s.replicas()) {
                String role = r.retired() ? "retired (rollback target)" : r.routed() ? "serving" : "not routed";
                out.println("  " + pad(r.name(), width) + "  generation " + r.generation() + "  " + pad(r.state(), 8)
                        + "  " + pad(r.health() == null ? "-" : r.health(), 9) + "  " + role);
            }
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
