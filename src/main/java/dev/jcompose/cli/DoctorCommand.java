package dev.jcompose.cli;

import dev.jcompose.app.Doctor;
import dev.jcompose.app.Finding;
import dev.jcompose.loader.LoadResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code jcompose doctor}: checks what the project needs before {@code up} and says what to fix. Exit 0 when
 * nothing is in the way, 1 when something is (an invalid project is reported as by every command, exit 3).
 */
@Command(name = "doctor", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Check what the project needs before up: engine, images, ports, files, variables",
        optionListHeading = "%nOptions:%n")
public final class DoctorCommand extends ProjectCommand {

    public DoctorCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LoadResult loaded = context.loader().load(LoadRequests.of(global, context, true));
        List<Finding> findings = new Doctor(context.engines()).examine(loaded, envFiles());
        PrintWriter out = spec.commandLine().getOut();
        int problems = 0;
        for (Finding f : findings) {
            out.println(String.format(Locale.ROOT, "%-7s %s: %s", label(f.status()), f.check(), f.message()));
            if (f.fix() != null) out.println("        fix: " + f.fix());
            if (f.status() == Finding.Status.PROBLEM) problems++;
        }
        out.println(problems == 0 ? "no problems found"
                : problems + (problems == 1 ? " problem" : " problems") + " found");
        out.flush();
        return problems == 0 ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }

    private static String label(Finding.Status status) {
        return switch (status) {
            case OK -> "ok";
            case NOTE -> "note";
            case PROBLEM -> "PROBLEM";
        };
    }

    /** The env files the loader read instead of .env: --env-file, else COMPOSE_ENV_FILES. */
    private List<Path> envFiles() {
        List<String> names = new ArrayList<>();
        if (global.envFiles() != null) names.addAll(global.envFiles());
        String listed = context.environment().get("COMPOSE_ENV_FILES");
        if (names.isEmpty() && listed != null) {
            for (String n : listed.split(",")) if (!n.isBlank()) names.add(n.trim());
        }
        return names.stream().map(n -> context.workingDir().resolve(n).normalize()).toList();
    }
}
