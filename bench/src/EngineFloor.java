import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.docker.DockerEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine floor for bench/up.sh: N containers created and started through the engine adapter directly, all at once,
 * in a JVM that has already done it once (so no class loading or JIT in the measured round). Prints milliseconds.
 * With a third argument "network", the containers join a user-defined bridge network of their own with an alias
 * each, as a Compose project's do (the engine does more per container there: an endpoint, embedded DNS).
 */
public final class EngineFloor {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String image = args[1];
        boolean network = args.length > 2 && args[2].equals("network");
        try (DockerEngine engine = DockerEngine.connect()) {
            if (network) {
                engine.createNetwork(dev.jcompose.engine.NetworkSpec.bridge("jcfloor-warm_default", Map.of()));
                engine.createNetwork(dev.jcompose.engine.NetworkSpec.bridge("jcfloor_default", Map.of()));
            }
            round(engine, n, image, "jcfloor-warm", network);
            settle();
            long t0 = System.nanoTime();
            round(engine, n, image, "jcfloor", network);
            System.out.println((System.nanoTime() - t0) / 1_000_000);
            cleanup(engine, "jcfloor");
            if (network) {
                engine.removeNetwork("jcfloor-warm_default");
                engine.removeNetwork("jcfloor_default");
            }
        }
    }

    private static void round(DockerEngine engine, int n, String image, String prefix, boolean network)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = prefix + "-" + i;
            all.add(pool.submit(() -> {
                ContainerSpec.Builder spec = ContainerSpec.builder(name, image)
                        .cmd(List.of("sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"))
                        .labels(Map.of("dev.jcompose.bench", prefix));
                if (network) {
                    spec.network(prefix + "_default", dev.jcompose.engine.NetworkAttachmentSpec.withAliases(name));
                }
                engine.startContainer(engine.createContainer(spec.build()));
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        if (prefix.endsWith("warm")) cleanup(engine, prefix);
    }

    /**
     * The engine goes on cleaning up the warm round's containers after they are removed; measured against that, the
     * floor would be no floor. Waits until the load average is back down (or 20 s), as bench/up.sh does for the tools.
     */
    private static void settle() throws Exception {
        for (int i = 0; i < 40; i++) {
            String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            if (Double.parseDouble(load) < 1.5) return;
            Thread.sleep(500);
        }
    }

    private static void cleanup(DockerEngine engine, String prefix) {
        engine.listContainers(Map.of("dev.jcompose.bench", prefix)).parallelStream()
                .forEach(c -> engine.removeContainer(c.id(), true, true));
    }
}
