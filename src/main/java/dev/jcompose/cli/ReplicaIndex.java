package dev.jcompose.cli;

import picocli.CommandLine.Option;

/** {@code --index N}: which replica of a service a command acts on (0, the default, = the first running one). */
final class ReplicaIndex {

    @Option(names = "--index", paramLabel = "N", defaultValue = "0",
            description = "Index of the container if service has multiple replicas")
    int index;
}
