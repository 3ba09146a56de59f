package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.Collection;
import java.util.List;

/**
 * Services implemented by a provider plugin ({@code provider:}) load and print as in Docker Compose, which runs the
 * plugin for them; jcompose has no plugins, so it refuses to create them rather than ask the engine for a container
 * without an image.
 */
final class ProviderServices {

    private ProviderServices() {
    }

    static void refuse(Project project, Collection<String> services) {
        for (String name : services) {
            Service s = project.service(name);
            if (s == null || s.provider() == null) continue;
            throw new StackFailure("service " + name + " is provided by \"" + s.provider().type()
                    + "\"; jcompose does not run provider plugins",
                    List.of("start it with Docker Compose, or leave it out: name the services to start, or put it"
                            + " in a profile"));
        }
    }
}
