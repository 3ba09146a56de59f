package dev.jcompose.cli;

import dev.jcompose.app.BuildImages;
import dev.jcompose.app.PushImages;
import dev.jcompose.plan.Plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose build}: builds the services' images, in parallel, with each build's output on the progress stream. */
@Command(name = "build", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Build or rebuild services", optionListHeading = "%nOptions:%n")
public final class BuildCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to build (default: all)")
    List<String> serviceNames;

    @Option(names = {"-q", "--quiet"}, description = "Don't print anything to STDOUT")
    boolean quiet;

    @Option(names = "--pull", description = "Always attempt to pull a newer version of the image")
    boolean pull;

    @Option(names = "--push", description = "Push service images")
    boolean push;

    @Option(names = "--no-cache", description = "Do not use cache when building the image")
    boolean noCache;

    @Option(names = "--build-arg", paramLabel = "KEY[=VALUE]",
            description = "Set build-time variables for services (repeatable; KEY alone takes it from the environment)")
    List<String> buildArgs;

    @Option(names = "--with-dependencies", description = "Also build dependencies (transitively)")
    boolean withDependencies;

    @Option(names = {"--parallel", "--compress", "--force-rm", "--no-rm"}, arity = "0..1", hidden = true,
            description = "Deprecated and ignored, as in Docker Compose")
    List<Boolean> deprecated;

    public BuildCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (ImageWork work = ImageWork.open(global, context, spec.commandLine().getErr(), serviceNames, quiet)) {
            BuildImages build = new BuildImages(work.stack());
            Plan plan = build.plan(work.project(), work.loaded().environment(), work.services(), withDependencies,
                    noCache, pull, args(buildArgs));
            if (ImageWork.printedDryRun(global, spec.commandLine().getOut(), plan)) return ExitCodes.OK;
            try (Interrupts.Registration r = Interrupts.onInterrupt(build::cancel)) {
                build.execute(plan);
            }
            if (push) {
                PushImages pushes = new PushImages(work.stack());
                pushes.execute(pushes.plan(work.project(), work.services(), withDependencies), false);
            }
        }
        return ExitCodes.OK;
    }

    /** {@code KEY=VALUE} → value; {@code KEY} → null, for the project's environment to fill in. */
    static Map<String, String> args(List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given == null) return out;
        for (String a : given) {
            int eq = a.indexOf('=');
            if (eq < 0) out.put(a, null);
            else out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }
}
