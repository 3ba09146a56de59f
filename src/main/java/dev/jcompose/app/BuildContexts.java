package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.Collection;
import java.util.Locale;

/** What a build needs before it is planned: a local context directory, and one platform for the classic builder. */
final class BuildContexts {

    private BuildContexts() {
    }

    /** @throws StackFailure naming the service, when one of {@code services} builds from Git or a URL */
    static void requireLocal(Project project, Collection<String> services) {
        for (String name : services) {
            Service s = project.service(name);
            if (s == null || !s.hasBuild()) continue;
            String context = s.build().context();
            if (isRemote(context)) {
                throw new StackFailure("service " + name + ": build context " + context
                        + " is a Git repository or URL; jcompose builds only from a local directory",
                        java.util.List.of("clone or download it, and set build.context to the directory"));
            }
            if (s.build().platforms().size() > 1 && (s.platform() == null || s.platform().isEmpty())) {
                throw new StackFailure("service " + name + ": build.platforms lists "
                        + String.join(", ", s.build().platforms())
                        + "; the engine's classic builder makes one platform at a time",
                        java.util.List.of("set the service's platform to the one to build"));
            }
        }
    }

    static boolean isRemote(String context) {
        String c = context.toLowerCase(Locale.ROOT);
        return c.contains("://") || c.startsWith("git@") || c.startsWith("github.com/")
                || c.endsWith(".git") || c.contains(".git#");
    }
}
