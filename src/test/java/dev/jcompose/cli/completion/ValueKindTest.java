package dev.jcompose.cli.completion;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueKindTest {

    enum Policy { ALWAYS, NEVER }

    enum Spelled {
        AUTO;

        @Override
        public String toString() {
            return "Auto";
        }
    }

    @Test
    void readsWhatCompletesAValueFromTheModel() {
        assertEquals(new ValueKind(ValueKind.Kind.WORDS, List.of("always", "never")),
                ValueKind.of(OptionSpec.builder("--pull").type(Policy.class).build()));
        assertEquals(List.of("Auto"), ValueKind.of(OptionSpec.builder("--x").type(Spelled.class).build()).words());
        assertEquals(ValueKind.Kind.FILE, ValueKind.of(OptionSpec.builder("-f").paramLabel("FILE").build()).kind());
        assertEquals(ValueKind.Kind.FILE, ValueKind.of(OptionSpec.builder("--o").type(File.class).build()).kind());
        assertEquals(ValueKind.Kind.DIRECTORY, ValueKind.of(OptionSpec.builder("--d").paramLabel("PATH").build()).kind());
        assertEquals(ValueKind.Kind.SERVICE, ValueKind.of(PositionalParamSpec.builder().paramLabel("SERVICE").build()).kind());
        assertEquals(ValueKind.Kind.SERVICE_ASSIGNMENT,
                ValueKind.of(OptionSpec.builder("--scale").paramLabel("SERVICE=NUM").build()).kind());
        assertEquals(ValueKind.Kind.NONE, ValueKind.of(OptionSpec.builder("-t").paramLabel("SECONDS").build()).kind());
    }
}
