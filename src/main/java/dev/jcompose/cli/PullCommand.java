package dev.jcompose.cli;

import dev.jcompose.app.PullImages;
import dev.jcompose.plan.ImagePlanner;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code jcompose pull}: pulls the services' images, in parallel, with a progress line per layer on a terminal. */
@Command(name = "pull", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Pull service images", optionListHeading = "%nOptions:%n")
public final class PullCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to pull (default: all)")
    List<String> serviceNames;

    @Option(names = {"-q", "--quiet"}, description = "Pull without printing progress information")
    boolean quiet;

    @Option(names = "--ignore-pull-failures", description = "Pull what it can and ignores images with pull failures")
    boolean ignoreFailures;

    @Option(names = "--ignore-buildable", description = "Ignore images that can be built")
    boolean ignoreBuildable;

    @Option(names = "--include-deps", description = "Also pull services declared as dependencies")
    boolean includeDeps;

    @Option(names = "--policy", paramLabel = "POLICY", description = "Apply pull policy (\"missing\"|\"always\")")
    String policy;

    @Option(names = {"--parallel", "--no-parallel"}, arity = "0..1", hidden = true,
            description = "Deprecated and ignored, as in Docker Compose")
    List<Boolean> deprecated;

    public PullCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (policy != null && !policy.equals("missing") && !policy.equals("always")) {
            throw new ParameterException(spec.commandLine(),
                    "invalid --policy \"" + policy + "\": use missing or always");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (deprecated != null) err.println("option '--parallel' is DEPRECATED and will be ignored.");
        try (ImageWork work = ImageWork.open(global, context, err, serviceNames, quiet)) {
            PullImages pulls = new PullImages(work.stack());
            ImagePlanner.ImagePlan plan = pulls.plan(work.project(), work.services(), includeDeps, policy,
                    ignoreBuildable);
            if (ImageWork.printedDryRun(global, spec.commandLine().getOut(), plan.plan())) return ExitCodes.OK;
            PullImages.Outcome outcome;
            try (Interrupts.Registration r = Interrupts.onInterrupt(pulls::cancel)) {
                outcome = pulls.execute(plan, ignoreFailures);
            }
            work.close();
            if (!outcome.mustBuild().isEmpty()) {
                err.println("WARNING: Some service image(s) must be built from source by running:");
                err.println("    jcompose build " + String.join(" ", outcome.mustBuild()));
                err.flush();
            }
            if (outcome.failure() != null) throw outcome.failure();
        }
        return ExitCodes.OK;
    }
}
