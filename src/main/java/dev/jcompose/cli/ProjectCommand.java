package dev.jcompose.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that works on a project has: its help option, the global options, and the process context. */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    JcomposeCommand global;

    @Spec
    CommandSpec spec;

    CliContext context;

    ProjectCommand(CliContext context) {
        this.context = context;
    }
}
