package dev.jcompose.cli.shell;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a partly typed command line stands in picocli's command model: which command the words reached, whether
 * the last word is an option still waiting for its value, and how many positional words that command has so far.
 * Used for completion and for the shell's own defaults; picocli itself still parses what is run.
 */
record CommandLineWalk(CommandSpec command, OptionSpec awaitingValue, int positionals, boolean optionsEnded) {

    static CommandLineWalk of(CommandSpec root, List<String> words) {
        CommandSpec spec = root;
        OptionSpec awaiting = null;
        int positionals = 0;
        boolean optionsEnded = false;
        for (String w : words) {
            if (awaiting != null) {
                awaiting = null;
                continue;
            }
            if (!optionsEnded && w.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (!optionsEnded && w.startsWith("-") && w.length() > 1) {
                OptionSpec option = option(spec, w);
                if (option != null && option.arity().min() > 0 && !w.contains("=") && !attachedShortValue(option, w)) {
                    awaiting = option;
                }
                continue;
            }
            if (positionals == 0 && !optionsEnded && spec.subcommands().containsKey(w)) {
                spec = spec.subcommands().get(w).getCommandSpec();
                continue;
            }
            positionals++;
            if (spec.parser().stopAtPositional()) optionsEnded = true;
        }
        return new CommandLineWalk(spec, awaiting, positionals, optionsEnded);
    }

    /** The option a word names ({@code --file}, {@code --file=x}, {@code -fx}), or null. */
    static OptionSpec option(CommandSpec spec, String word) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        OptionSpec o = spec.findOption(name);
        if (o == null && !name.startsWith("--") && name.length() > 2) o = spec.findOption(name.substring(0, 2));
        return o;
    }

    private static boolean attachedShortValue(OptionSpec option, String word) {
        return !word.startsWith("--") && word.length() > 2 && option.shortestName().length() == 2
                && word.startsWith(option.shortestName());
    }

    boolean atTopLevel(CommandSpec root) {
        return command == root;
    }
}
