import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.docker.DockerJavaEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine floor for bench/up.sh: N containers created and started through docker-java directly, all at once,
 * in a JVM that has already done it once (so no class loading or JIT in the measured round). Prints milliseconds.
 */
public final class EngineFloor {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String image = args[1];
        try (DockerJavaEngine engine = DockerJavaEngine.connect()) {
            round(engine, n, image, "jcfloor-warm");
            long t0 = System.nanoTime();
            round(engine, n, image, "jcfloor");
            System.out.println((System.nanoTime() - t0) / 1_000_000);
            cleanup(engine, "jcfloor");
        }
    }

    private static void round(DockerJavaEngine engine, int n, String image, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = prefix + "-" + i;
            all.add(pool.submit(() -> {
                ContainerSpec spec = ContainerSpec.builder(name, image)
                        .cmd(List.of("sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"))
                        .labels(Map.of("dev.jcompose.bench", prefix)).build();
                engine.startContainer(engine.createContainer(spec));
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        if (prefix.endsWith("warm")) cleanup(engine, prefix);
    }

    private static void cleanup(DockerJavaEngine engine, String prefix) {
        engine.listContainers(Map.of("dev.jcompose.bench", prefix)).parallelStream()
                .forEach(c -> engine.removeContainer(c.id(), true, true));
    }
}
