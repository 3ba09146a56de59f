package dev.jcompose.engine;

import java.util.Map;

class InMemoryEngineContractTest extends ContainerEngineContract {
    @Override
    protected ContainerEngine engine() {
        Map<java.util.List<String>, InMemoryEngine.Program> programs = Map.of(
                EXIT_3, new InMemoryEngine.Program(3, "", ""),
                OUT_AND_ERR, new InMemoryEngine.Program(0, "to-out\n", "to-err\n"));
        return new InMemoryEngine(programs::get);
    }
}
