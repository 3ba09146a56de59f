package dev.jcompose.cli.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The global options the shell was started with, written back as arguments to put before every command. */
final class GlobalArguments {

    private GlobalArguments() {
    }

    static List<String> of(ParseResult parsed) {
        List<String> args = new ArrayList<>();
        // picocli lists an option once per occurrence; its values are all on the one spec
        for (OptionSpec option : new LinkedHashSet<>(parsed.matchedOptions())) {
            if (option.usageHelp() || option.versionHelp()) continue;
            String name = option.longestName();
            if (option.arity().max() == 0) {
                args.add(name);
                continue;
            }
            for (String value : option.originalStringValues()) {
                args.add(name);
                args.add(value);
            }
        }
        return List.copyOf(args);
    }
}
