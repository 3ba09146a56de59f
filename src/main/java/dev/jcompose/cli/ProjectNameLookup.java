package dev.jcompose.cli;

import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;

/**
 * For verbs that work from labels alone ({@code images}, {@code events}, {@code stats}): the project from its files
 * when they load, else only its name (-p, COMPOSE_PROJECT_NAME, the directory), as Docker Compose does.
 */
record ProjectNameLookup(String name, Project project) {

    static ProjectNameLookup of(JcomposeCommand global, CliContext context) {
        try {
            Project project = EngineCommands.load(global, context).project();
            return new ProjectNameLookup(project.name(), project);
        } catch (InvalidProjectException e) {
            if (!ProjectLoader.isNoFilesFound(e)) throw e;
            return new ProjectNameLookup(EngineCommands.projectNameWithoutFiles(global, context), null);
        }
    }

    /** The named services checked against the project when there is one; empty = all. */
    java.util.Set<String> services(java.util.List<String> names) {
        if (project != null) return EngineCommands.services(project, names);
        return names == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(names);
    }
}
