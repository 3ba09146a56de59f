package dev.jcompose.cli;

import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.UnnormalizedView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose config}: load, validate and print the project in canonical form, or one list out of it.
 * Warnings go to stderr in the diagnostic format; the result goes to stdout or {@code --output}.
 */
@Command(name = "config",
        synopsisHeading = "%nUsage:  ",
        abbreviateSynopsis = true,
        descriptionHeading = "%n",
        description = "Parse, resolve and render the compose file in canonical format",
        optionListHeading = "%nOptions:%n")
public final class ConfigCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "Format the output. Values: [${COMPLETION-CANDIDATES}] (default \"${DEFAULT-VALUE}\")")
    OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Only validate the configuration, don't print anything")
    boolean quiet;

    @Option(names = "--no-interpolate", description = "Don't interpolate environment variables")
    boolean noInterpolate;

    @Option(names = "--no-normalize", description = "Don't normalize compose model")
    boolean noNormalize;

    @Option(names = "--no-path-resolution", description = "Don't resolve file paths")
    boolean noPathResolution;

    @Option(names = "--resolve-image-digests", description = "Pin image tags to digests (not supported yet)")
    boolean resolveImageDigests;

    @Option(names = "--lock-image-digests", description = "Produces an override file with image digests (not supported yet)")
    boolean lockImageDigests;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Save to file (default to stdout)")
    Path output;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Listing listing;

    @Mixin
    HelpOption help;

    @ParentCommand
    JcomposeCommand global;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public ConfigCommand(CliContext context) {
        this.context = context;
    }

    /** Instead of the whole configuration, print one of these lists. */
    static final class Listing {
        @Option(names = "--services", description = "Print the service names, one per line")
        boolean services;

        @Option(names = "--volumes", description = "Print the volume names, one per line")
        boolean volumes;

        @Option(names = "--networks", description = "Print the network names, one per line")
        boolean networks;

        @Option(names = "--profiles", description = "Print the profile names, one per line")
        boolean profiles;

        @Option(names = "--images", description = "Print the image names, one per line")
        boolean images;

        @Option(names = "--environment", description = "Print the environment used for interpolation")
        boolean environment;

        @Option(names = "--variables", description = "Print model variables and default values")
        boolean variables;

        @Option(names = "--hash", paramLabel = "SERVICE",
                description = "Print the service config hash, one per line (* for all, or a comma-separated list)")
        String hash;
    }

    @Override
    public Integer call() throws IOException {
        if (resolveImageDigests || lockImageDigests) {
            throw new CommandFailedException((resolveImageDigests ? "--resolve-image-digests" : "--lock-image-digests")
                    + " is not supported yet: it needs each image's digest from its registry, which jcompose cannot "
                    + "ask for (the engine's distribution inspect, GET /distribution/{name}/json, is not in its "
                    + "engine port)", "pin the digests by hand: image: name:tag@sha256:...");
        }
        if (listing != null && listing.variables) {
            // as written in the files: a required variable without a value is listed, not an error
            var variables = context.loader().variables(LoadRequests.of(global, context, false));
            if (!quiet) emit(ConfigView.variables(variables.values(), format));
            return ExitCodes.OK;
        }
        LoadResult result = context.loader().load(LoadRequests.of(global, context, !noInterpolate)
                .withPathResolution(!noPathResolution));
        PrintWriter err = spec.commandLine().getErr();
        err.print(DiagnosticFormatter.format(result.warnings()));
        err.flush();
        if (quiet) return ExitCodes.OK;
        emit(render(result));
        return ExitCodes.OK;
    }

    private String render(LoadResult result) {
        if (listing != null && listing.environment) return ConfigView.environment(result.environment());
        ConfigView view = new ConfigView(noNormalize
                ? UnnormalizedView.of(result.configView(), result.sourceMap()) : result.configView());
        if (listing == null) return view.full(format, !noInterpolate);
        if (listing.services) return view.services();
        if (listing.volumes) return view.volumes();
        if (listing.networks) return view.networks();
        if (listing.profiles) return ConfigView.profiles(result.allProfiles());
        if (listing.images) return view.images();
        return view.hashes(listing.hash);
    }

    private void emit(String text) throws IOException {
        if (output != null) {
            Files.writeString(context.workingDir().resolve(output), text, StandardCharsets.UTF_8);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
