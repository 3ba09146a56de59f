package dev.jcompose.loader.dockerrun;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files Elastic Beanstalk deploys with a Dockerrun file (its source bundle), as far as reading the file depends on
 * them. Here the bundle is the project directory, against which the tree's relative paths resolve; by default that is
 * the directory holding the Dockerrun file, as on Elastic Beanstalk.
 */
public interface SourceBundle {

    /** No files besides the Dockerrun file itself (a file read on its own, as from standard input in tests). */
    SourceBundle NONE = new SourceBundle() {
        @Override
        public boolean hasDockerfile() {
            return false;
        }

        @Override
        public String describe() {
            return "the project directory";
        }
    };

    /** True when the bundle has a {@code Dockerfile} at its top: Elastic Beanstalk builds it when "Image" is not given. */
    boolean hasDockerfile();

    /** Where the bundle is, for messages. */
    String describe();

    /** The bundle in {@code directory} on disk; the Dockerfile is looked for only when asked. */
    static SourceBundle in(Path directory) {
        return new SourceBundle() {
            @Override
            public boolean hasDockerfile() {
                return Files.isRegularFile(directory.resolve("Dockerfile"));
            }

            @Override
            public String describe() {
                return directory.toString();
            }
        };
    }
}
