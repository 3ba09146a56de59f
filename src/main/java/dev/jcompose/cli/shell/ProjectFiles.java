package dev.jcompose.cli.shell;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.EnvFile;
import dev.jcompose.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a loaded project depends on, and a stamp of their sizes and times to tell when one changed: every file
 * something was read from (compose files and what they extend or include), the .env and env files, and the
 * directories where a compose file could appear (a new override file changes the project too).
 */
final class ProjectFiles {

    /** One entry per path: its size and modification time, or absent. */
    record Stamp(List<Path> paths, List<String> marks) {
    }

    private ProjectFiles() {
    }

    static List<Path> of(LoadRequest request, LoadResult result) {
        Path cwd = request.workingDir();
        Set<Path> paths = new LinkedHashSet<>();
        for (String f : result.project().configFiles()) {
            if (!f.equals("-")) paths.add(cwd.resolve(f).normalize());
        }
        for (String label : result.sourceMap().files()) {
            if (!label.equals("-")) paths.add(cwd.resolve(label).normalize());
        }
        Path projectDir = result.project().workingDir();
        paths.add(projectDir.resolve(".env"));
        for (String f : request.envFiles()) paths.add(cwd.resolve(f).normalize());
        for (Service s : result.project().services().values()) {
            for (EnvFile e : s.envFiles()) paths.add(projectDir.resolve(e.path()).normalize());
        }
        paths.add(projectDir);
        paths.add(cwd);
        return List.copyOf(paths);
    }

    static Stamp stamp(List<Path> paths) {
        List<String> marks = new ArrayList<>(paths.size());
        for (Path p : paths) marks.add(mark(p));
        return new Stamp(paths, marks);
    }

    private static String mark(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis() + "/" + a.fileKey();
        } catch (NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
