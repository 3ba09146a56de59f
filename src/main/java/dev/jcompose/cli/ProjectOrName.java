package dev.jcompose.cli;

import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;

import java.io.PrintWriter;

/**
 * For commands that need only the project's name (Docker Compose's {@code exec}, {@code port}, {@code cp}): the
 * project when its files load, else just the name (-p, COMPOSE_PROJECT_NAME, the directory).
 *
 * @param project null when there are no files
 */
record ProjectOrName(Project project, String name) {

    static ProjectOrName load(JcomposeCommand global, CliContext context, PrintWriter err) {
        try {
            LoadResult loaded = EngineCommands.load(global, context);
            EngineCommands.printWarnings(loaded, err);
            return new ProjectOrName(loaded.project(), loaded.project().name());
        } catch (InvalidProjectException e) {
            if (!ProjectLoader.isNoFilesFound(e)) throw e;
            return new ProjectOrName(null, EngineCommands.projectNameWithoutFiles(global, context));
        }
    }

    /** Checks the service against the files when there are files ({@code no such service: x}, with a hint). */
    ProjectOrName requireService(String service) {
        if (project != null) EngineCommands.services(project, java.util.List.of(service));
        return this;
    }
}
