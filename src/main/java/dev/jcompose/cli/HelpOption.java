package dev.jcompose.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    boolean help;
}
