package dev.jcompose.cli;

import dev.jcompose.app.PushImages;
import dev.jcompose.plan.ImagePlanner;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose push}: pushes the images of the services that build one and name it with {@code image}. */
@Command(name = "push", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Push service images", optionListHeading = "%nOptions:%n")
public final class PushCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to push (default: all)")
    List<String> serviceNames;

    @Option(names = "--ignore-push-failures", description = "Push what it can and ignores images with push failures")
    boolean ignoreFailures;

    @Option(names = "--include-deps", description = "Also push images of services declared as dependencies")
    boolean includeDeps;

    @Option(names = {"-q", "--quiet"}, description = "Push without printing progress information")
    boolean quiet;

    public PushCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ImageWork work = ImageWork.open(global, context, err, serviceNames, quiet)) {
            PushImages pushes = new PushImages(work.stack());
            ImagePlanner.ImagePlan plan = pushes.plan(work.project(), work.services(), includeDeps);
            if (ImageWork.printedDryRun(global, spec.commandLine().getOut(), plan.plan())) return ExitCodes.OK;
            List<String> failures;
            try (Interrupts.Registration r = Interrupts.onInterrupt(pushes::cancel)) {
                failures = pushes.execute(plan, ignoreFailures);
            }
            work.close();
            failures.forEach(err::println);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
