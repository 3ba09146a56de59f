package dev.jcompose.cli;

import dev.jcompose.app.OneOffRun;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.interpolate.DotEnvParser;
import dev.jcompose.model.Project;
import dev.jcompose.plan.PlanOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jcompose run SERVICE [COMMAND] [ARGS...]}: a one-off container of the service. Its exit code is
 * jcompose's; stdin is passed in to its end.
 */
@Command(name = "run", synopsisHeading = "%nUsage:  ",
        customSynopsis = "jcompose run [OPTIONS] SERVICE [COMMAND] [ARGS...]", descriptionHeading = "%n",
        description = "Run a one-off command on a service", optionListHeading = "%nOptions:%n")
public final class RunCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "COMMAND", description = "The command and its arguments")
    List<String> command;

    @Option(names = {"-d", "--detach"}, description = "Run container in background and print container ID")
    boolean detach;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables (repeatable)")
    List<String> env;

    @Option(names = "--env-from-file", paramLabel = "FILE", description = "Set environment variables from file (repeatable)")
    List<String> envFiles;

    @Option(names = {"-l", "--label", "--labels"}, paramLabel = "KEY=VALUE", description = "Add or override a label (repeatable)")
    List<String> labels;

    @Option(names = "--rm", description = "Automatically remove the container when it exits")
    boolean remove;

    @Option(names = {"-T", "--no-TTY", "--no-tty"}, description = "Disable pseudo-TTY allocation (default: auto-detected)")
    boolean noTty;

    @Option(names = "--name", paramLabel = "NAME", description = "Assign a name to the container")
    String name;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Run as specified username or uid")
    String user;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container")
    String workdir;

    @Option(names = "--entrypoint", paramLabel = "CMD", description = "Override the entrypoint of the image")
    String entrypoint;

    @Option(names = "--no-deps", description = "Don't start linked services")
    boolean noDeps;

    @Option(names = {"-v", "--volume", "--volumes"}, paramLabel = "VOLUME", description = "Bind mount a volume (repeatable)")
    List<String> volumes;

    @Option(names = {"-p", "--publish"}, paramLabel = "PORT", description = "Publish a container's port(s) to the host (repeatable)")
    List<String> publish;

    @Option(names = "--use-aliases", description = "Use the service's network aliases in the network(s) the container connects to")
    boolean useAliases;

    @Option(names = {"-P", "--service-ports"}, description = "Run command with all service's ports enabled and mapped to the host")
    boolean servicePorts;

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running (always|missing|never|build)")
    PlanOptions.Pull pull;

    @Option(names = "--build", description = "Build image before starting container")
    boolean build;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    boolean removeOrphans;

    @Option(names = "--cap-add", paramLabel = "CAP", description = "Add Linux capabilities (repeatable)")
    List<String> capAdd;

    @Option(names = "--cap-drop", paramLabel = "CAP", description = "Drop Linux capabilities (repeatable)")
    List<String> capDrop;

    @Option(names = {"-q", "--quiet"}, description = "Don't print progress: only the container's output")
    boolean quiet;

    @Option(names = "--quiet-pull", description = "Pull without printing progress information")
    boolean quietPull;

    @Option(names = {"-i", "--interactive"}, arity = "0..1", defaultValue = "true",
            description = "Keep STDIN open even if not attached (default true)")
    boolean interactive;

    @Option(names = {"-t", "--tty"}, hidden = true, arity = "0..1", defaultValue = "true",
            description = "Allocate a pseudo-TTY")
    boolean ttyFlag;

    public RunCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (publish != null && !publish.isEmpty() && servicePorts) {
            throw new CommandFailedException("--service-ports and --publish are incompatible");
        }
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = loaded.project();
        EngineCommands.services(project, List.of(service));
        ProcessIo io = context.io();
        boolean tty = !noTty && ttyFlag && !detach && io.canRunTty();
        OneOffRun.Request request = new OneOffRun.Request(service, orEmpty(command),
                entrypoint == null ? null : shellWords(entrypoint), environment(), labels(), user, workdir,
                orEmpty(volumes), orEmpty(publish), orEmpty(capAdd), orEmpty(capDrop), servicePorts, name, noDeps,
                useAliases, detach, remove, tty, interactive, planOptions(), context.environment().get("HOME"));

        OneOffRun.Prepared prepared;
        StackContext stack;
        OneOffRun run;
        try (ProgressRenderers.Display display = quiet
                ? ProgressRenderers.create(ProgressRenderers.Style.QUIET, false, err)
                : EngineCommands.display(global, context, err)) {
            stack = EngineCommands.stack(global, context, display);
            run = new OneOffRun(stack);
            prepared = run.prepare(project, request);
        }
        if (detach) {
            run.startDetached(prepared);
            out.println(prepared.id());
            out.flush();
            return ExitCodes.OK;
        }
        if (tty) {
            return io.tty().run(stack, prepared.id());
        }
        AtomicInteger interrupts = new AtomicInteger();
        ContainerOutput output = new ContainerOutput(out, err, io);
        // Ctrl-C goes on to the container, as Docker Compose forwards it; a second one kills it.
        try (Interrupts.Registration r = Interrupts.onInterrupt(() ->
                run.signal(prepared, interrupts.incrementAndGet() == 1 ? "SIGINT" : "SIGKILL"))) {
            int code = run.runAttached(prepared, io.in(), output);
            output.finish();
            return code;
        }
    }

    private PlanOptions planOptions() {
        PlanOptions o = PlanOptions.defaults().withRemoveOrphans(removeOrphans);
        if (build) o = o.withBuild(PlanOptions.Build.ALWAYS);
        if (pull != null) o = o.withPull(pull);
        return o;
    }

    /** {@code -e} first; {@code --env-from-file} adds what {@code -e} does not set, as Docker Compose does. */
    private Map<String, String> environment() {
        Map<String, String> out = new LinkedHashMap<>(EnvironmentArgs.resolve(env, context.environment()));
        for (String file : orEmpty(envFiles)) {
            Path path = context.workingDir().resolve(file);
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandFailedException("cannot read " + path + ": " + e.getMessage());
            }
            Diagnostics problems = new Diagnostics();
            Map<String, String> lookup = new LinkedHashMap<>(context.environment());
            lookup.putAll(out);
            Map<String, String> vars = DotEnvParser.parse(text, path.toString(), lookup::get, problems);
            problems.throwIfErrors();
            vars.forEach(out::putIfAbsent);
        }
        return out;
    }

    private Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : orEmpty(labels)) {
            int eq = l.indexOf('=');
            if (eq <= 0) throw new CommandFailedException("label must be set as KEY=VALUE, got \"" + l + "\"");
            out.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return out;
    }

    private static List<String> shellWords(String line) {
        return dev.jcompose.app.RunArguments.shellWords(line);
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
