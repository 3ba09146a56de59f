package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** COMPOSE_IGNORE_ORPHANS and COMPOSE_REMOVE_ORPHANS from the project's .env, on the real engine. */
class ComposeVariablesE2ETest extends EngineE2E {

    private static final String TWO = """
            services:
              web:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
              old:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
            """;

    @Test
    void orphansAreWarnedAboutIgnoredOrRemovedAsTheEnvFileSays() throws IOException {
        try (Stack s = stack("orphans")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            s.write("compose.yaml", TWO.substring(0, TWO.indexOf("  old:")));
            Stack.Run warned = s.ok("up", "-d");
            assertTrue(warned.err().contains("Found orphan containers ([" + s.name("old", 1) + "]) for this project."),
                    warned.err());

            s.write(".env", "COMPOSE_IGNORE_ORPHANS=true\n");
            Stack.Run ignored = s.ok("up", "-d");
            assertFalse(ignored.err().contains("orphan"), ignored.err());
            assertEquals(2, s.containers().size(), "ignored, not removed");

            s.write(".env", "COMPOSE_REMOVE_ORPHANS=1\n");
            s.ok("up", "-d");
            assertEquals(List.of(s.name("web", 1)), s.containers().stream().map(ContainerSummary::name).toList());
        }
    }
}
