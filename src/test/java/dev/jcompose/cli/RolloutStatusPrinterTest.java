package dev.jcompose.cli;

import dev.jcompose.app.Rollouts;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolloutStatusPrinterTest {

    @Test
    void aFrontRoutingToNoReplicaNamesNoGeneration() {
        assertEquals("""
                web: front demo-web-front running, serving no replica
                """, print(new Rollouts.Status("web", "demo-web-front", "running", 0, List.of(), List.of())));
    }

    @Test
    void aServingFrontNamesItsGenerationAndReplicas() {
        assertEquals("""
                web: front demo-web-front running, serving generation 2 on demo-web-3
                  demo-web-3          generation 2  running   healthy    serving
                  demo-web-1-retired  generation 1  exited    -          retired (rollback target)
                """, print(new Rollouts.Status("web", "demo-web-front", "running", 2, List.of("demo-web-3"), List.of(
                new Rollouts.Replica("demo-web-3", 2, "running", "healthy", true, false),
                new Rollouts.Replica("demo-web-1-retired", 1, "exited", null, false, true)))));
    }

    private static String print(Rollouts.Status status) {
        StringWriter out = new StringWriter();
        RolloutStatusPrinter.print(List.of(status), new PrintWriter(out, true));
        return out.toString();
    }
}
