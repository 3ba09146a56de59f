package dev.jcompose;

import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.ProcessIo;
import dev.jcompose.cli.shell.SystemTerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build's class-data-sharing run (see pom.xml): runs the commands people run most — {@code config}, {@code ps},
 * {@code up} and {@code down} (dry runs, then for real), {@code restart}, {@code stop}, {@code exec}, {@code images}, {@code logs},
 * and {@code --help} (the whole command tree and picocli's help renderer) — so that the archive holds the classes
 * they load. The engine is a {@link TrainingEngine} answering with
 * recorded responses: the build needs no Docker engine and touches none.
 * Arguments: a compose file that touches many features (for {@code config}), and the directory with the engine
 * training project ({@code compose.yaml}) and the recorded responses.
 */
public final class CdsTraining {

    private static final List<List<String>> ENGINE_COMMANDS = List.of(
            List.of("ps", "-a"),
            List.of("ps", "--format", "json"),
            List.of("up", "-d", "--dry-run"),
            List.of("up", "--dry-run", "--wait"),
            List.of("down", "--dry-run"),
            List.of("images"),
            List.of("logs", "--tail", "5"),
            // the real thing, answered from the routes file's changing requests: nothing is changed
            List.of("up", "-d"),
            List.of("up", "-d", "--no-deps", "--force-recreate", "web"),
            List.of("restart", "web"),
            List.of("exec", "-T", "web", "true"),
            List.of("stop"),
            List.of("down"));

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), Path.of(args[1])).forEach((command, code) ->
                System.out.println("cds training: jcompose " + command + " -> " + code));
    }

    /** Runs the training commands; what each exited with, by command line. */
    static Map<String, Integer> run(Path variedFile, Path engineProject) throws Exception {
        Path project = engineProject.toAbsolutePath();
        Path socketDir = Files.createTempDirectory("jcompose-cds");
        Path socket = socketDir.resolve("engine.sock");
        Map<String, Integer> codes = new LinkedHashMap<>();
        try (TrainingEngine engine = TrainingEngine.listen(socket, project)) {
            Map<String, String> env = new HashMap<>();
            env.put("DOCKER_HOST", "unix://" + socket);
            env.put("HOME", socketDir.toString());
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
            List<List<String>> commands = new ArrayList<>();
            commands.add(List.of("-f", variedFile.toAbsolutePath().toString(), "config"));
            commands.add(List.of("--help"));
            commands.addAll(ENGINE_COMMANDS);
            for (List<String> command : commands) {
                ProcessIo io = new ProcessIo(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream(), false, false, SystemTerminal.sessions());
                // Through Main's own wiring, so that its classes and lambdas are in the archive too.
                CliContext context = Main.context(env, project, io, false);
                codes.put(String.join(" ", command), Main.run(command.toArray(String[]::new), context, sink, sink));
            }
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socketDir);
        }
        return codes;
    }
}
