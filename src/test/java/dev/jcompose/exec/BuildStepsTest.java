package dev.jcompose.exec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A failed classic build names its step and the Dockerfile line the step came from. */
class BuildStepsTest {

    private static final String DOCKERFILE = """
            # syntax comment
            FROM jcompose-test/busybox:latest AS base

            ARG WHO
            run echo one && \\
                echo two \\
                # a comment inside a continued instruction
                && exit 4
            COPY . /src
            """;

    @Test
    void theFailedStepIsFoundInTheDockerfileEvenAcrossContinuedLines() {
        BuildSteps steps = new BuildSteps(DOCKERFILE);
        steps.observe("Step 1/4 : FROM jcompose-test/busybox:latest AS base\n");
        steps.observe(" ---> 6c5039a0ba74");
        steps.observe("Step 3/4 : RUN echo one &&     echo two && exit 4");
        assertEquals("step 3/4 `RUN echo one &&     echo two && exit 4` (app/Dockerfile:5) failed: "
                        + "The command '/bin/sh -c echo one && echo two && exit 4' returned a non-zero code: 4",
                steps.failure("app/Dockerfile", "Could not build image: The command '/bin/sh -c echo one && echo two"
                        + " && exit 4' returned a non-zero code: 4"));
    }

    @Test
    void aStepNotFoundInTheFileIsNamedWithoutALine() {
        BuildSteps steps = new BuildSteps(DOCKERFILE);
        steps.observe("Step 5/5 : LABEL com.docker.compose.project=demo");
        assertEquals("step 5/5 `LABEL com.docker.compose.project=demo` failed: no space left on device",
                steps.failure("Dockerfile", "no space left on device"));
    }

    @Test
    void aFailureBeforeAnyStepIsTheEnginesMessageAlone() {
        assertEquals("dockerfile parse error line 2: unknown instruction: FORM",
                new BuildSteps("FORM x").failure("Dockerfile",
                        "Could not build image: dockerfile parse error line 2: unknown instruction: FORM"));
    }
}
