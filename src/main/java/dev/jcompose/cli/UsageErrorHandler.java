package dev.jcompose.cli;

import dev.jcompose.diag.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Reports a command line that does not parse: what is wrong, a "did you mean", where to read more; exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        PrintWriter err = cmd.getErr();
        String hint = null;
        String message = lowerFirst(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                message = "unknown option \"" + option + "\" for \"" + spec.qualifiedName() + "\"";
                hint = Suggestions.didYouMean(option, optionNames(spec));
            } else if (!spec.subcommands().isEmpty()) {
                message = "unknown command \"" + word + "\" for \"" + spec.qualifiedName() + "\"";
                hint = Suggestions.didYouMean(word, spec.subcommands().keySet());
            }
        }
        err.println("error: " + message);
        if (hint != null) err.println("  hint: " + hint);
        err.println("Run '" + spec.qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) names.addAll(List.of(o.names()));
        }
        return names;
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return "invalid command line";
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
