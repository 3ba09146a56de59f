package dev.jcompose.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jcompose version}: as {@code docker compose version}, without touching any project. */
@Command(name = "version",
        synopsisHeading = "%nUsage:  ",
        abbreviateSynopsis = true,
        descriptionHeading = "%n",
        description = "Show the jcompose version information",
        optionListHeading = "%nOptions:%n")
public final class VersionCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "pretty",
            description = "Format the output. Values: [${COMPLETION-CANDIDATES}] (default \"${DEFAULT-VALUE}\")")
    VersionFormat format;

    @Option(names = "--short", description = "Shows only the version number")
    boolean shortOutput;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String version = VersionInfo.version();
        String text;
        if (shortOutput) text = version;
        else if (format == VersionFormat.JSON) text = json(version);
        else text = pretty(version);
        spec.commandLine().getOut().println(text);
        return ExitCodes.OK;
    }

    static String json(String version) {
        return "{\"version\":\"" + version + "\"}";
    }

    static String pretty(String version) {
        return "jcompose version " + version;
    }
}
