package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose}: the global options, named and spelled like Docker Compose's. Options that choose the
 * project stay null when not given, so that the loader can fall back to COMPOSE_FILE, COMPOSE_PROFILES & co.
 */
@Command(name = "jcompose",
        synopsisHeading = "%nUsage:  ",
        customSynopsis = "jcompose [OPTIONS] COMMAND",
        descriptionHeading = "%n",
        description = "Define and run multi-container applications (Compose files, Dockerrun.aws.json)",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'jcompose COMMAND --help' for more information on a command.",
        versionProvider = JcomposeCommand.Version.class)
public final class JcomposeCommand implements Callable<Integer> {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose configuration file (repeatable; - reads standard input)")
    List<String> files;

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name")
    String projectName;

    @Option(names = "--project-directory", paramLabel = "PATH",
            description = "Specify an alternate working directory (default: the directory of the first Compose file)")
    String projectDirectory;

    @Option(names = "--env-file", paramLabel = "FILE", description = "Specify an alternate environment file (repeatable)")
    List<String> envFiles;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Specify a profile to enable (repeatable; * enables all)")
    List<String> profiles;

    /** Null when not given: COMPOSE_PROGRESS, else auto. */
    @Option(names = "--progress", paramLabel = "MODE",
            description = "Set type of progress output (${COMPLETION-CANDIDATES}) (default \"auto\")")
    ProgressMode progress;

    /** Null when not given: COMPOSE_ANSI, else auto. */
    @Option(names = "--ansi", paramLabel = "WHEN",
            description = "Control when to print ANSI control characters (${COMPLETION-CANDIDATES}) (default \"auto\")")
    AnsiMode ansi;

    /** The one global option Docker Compose also takes after the verb ({@code up --dry-run}): a persistent flag. */
    @Option(names = "--dry-run", scope = ScopeType.INHERIT, description = "Execute command in dry run mode")
    boolean dryRun;

    @Option(names = "--parallel", paramLabel = "N", description = "Control max parallelism, -1 for unlimited (default -1)")
    Integer parallel;

    @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected error")
    boolean stacktrace;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    boolean help;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Show the jcompose version information")
    boolean version;

    @Spec
    CommandSpec spec;

    /** Without a command, show what there is, like {@code docker compose}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    public List<String> files() {
        return files;
    }

    public String projectName() {
        return projectName;
    }

    public String projectDirectory() {
        return projectDirectory;
    }

    public List<String> envFiles() {
        return envFiles;
    }

    public List<String> profiles() {
        return profiles;
    }

    /** Null when not given. */
    public ProgressMode progress() {
        return progress;
    }

    /** Null when not given. */
    public AnsiMode ansi() {
        return ansi;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Null when not given. */
    public Integer parallel() {
        return parallel;
    }

    /** Standard output, where COMPOSE_STATUS_STDOUT sends the progress. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public boolean stacktrace() {
        return stacktrace;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VersionCommand.pretty(VersionInfo.version())};
        }
    }
}
