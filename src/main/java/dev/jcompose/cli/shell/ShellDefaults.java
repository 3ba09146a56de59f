package dev.jcompose.cli.shell;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What a command means in the shell when it says less than on the command line: {@code exec SERVICE} opens {@code sh}. */
final class ShellDefaults {

    static final String DEFAULT_EXEC_COMMAND = "sh";

    private ShellDefaults() {
    }

    static List<String> apply(CommandSpec root, List<String> words) {
        CommandLineWalk walk = CommandLineWalk.of(root, words);
        if (walk.command().name().equals("exec") && walk.positionals() == 1 && walk.awaitingValue() == null) {
            List<String> withShell = new ArrayList<>(words);
            withShell.add(DEFAULT_EXEC_COMMAND);
            return withShell;
        }
        return words;
    }
}
