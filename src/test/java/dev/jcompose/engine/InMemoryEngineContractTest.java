package dev.jcompose.engine;

import java.util.Map;

class InMemoryEngineContractTest extends ContainerEngineContract {
    @Override
    protected ContainerEngine engine() {
        Map<java.util.List<String>, InMemoryEngine.Program> programs = Map.of(
                EXIT_3, new InMemoryEngine.Program(3, "", ""),
                OUT_AND_ERR, new InMemoryEngine.Program(0, "to-out\n", "to-err\n"));
        return new InMemoryEngine(programs::get).withStdinProgram(COUNT_STDIN_LINES, stdin ->
                new InMemoryEngine.Program(0, new String(stdin, java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n", -1).length - 1 + "\n", ""))
                .withTtyProgram(TTY_SIZE, (keys, size, terminal) -> {
                    while (keys.read() != '\n') {
                        // the script reads one line
                    }
                    terminal.write((size.get().get(0) + " " + size.get().get(1) + "\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    return 4;
                });
    }
}
