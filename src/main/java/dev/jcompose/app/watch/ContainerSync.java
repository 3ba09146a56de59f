package dev.jcompose.app.watch;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.PathStat;
import dev.jcompose.exec.TarEntry;
import dev.jcompose.exec.TarWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts changed files into a running container through the engine's archive API (no bind mount, works on a remote
 * engine too): files are sent as a tar into the nearest directory that exists, with the missing directories in
 * between created by the archive; deleted files are removed with {@code rm -rf} run in the container.
 */
final class ContainerSync {

    private final ContainerEngine engine;

    ContainerSync(ContainerEngine engine) {
        this.engine = engine;
    }

    /** @return how many files were copied and deleted */
    int apply(String container, List<WatchRuleSet.Sync> syncs) throws IOException {
        Map<String, Path> copies = new LinkedHashMap<>();
        Set<String> deletes = new LinkedHashSet<>();
        for (WatchRuleSet.Sync s : syncs) {
            if (s.delete() || !Files.exists(s.host(), LinkOption.NOFOLLOW_LINKS)) {
                deletes.add(s.containerPath());
            } else if (Files.isDirectory(s.host())) {
                try (Stream<Path> files = Files.walk(s.host())) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(f)) {
                            copies.put(WatchRuleSet.containerPath(s.containerPath(),
                                    WatchRuleSet.relative(s.host(), f)), f);
                        }
                    }
                }
            } else if (Files.isRegularFile(s.host())) {
                copies.put(s.containerPath(), s.host());
            }
        }
        if (!deletes.isEmpty()) delete(container, deletes);
        copy(container, copies);
        return copies.size() + deletes.size();
    }

    private void delete(String container, Set<String> paths) {
        List<String> cmd = new ArrayList<>(List.of("rm", "-rf", "--"));
        cmd.addAll(paths);
        String exec = engine.execCreate(container, new ExecSpec(cmd, Map.of(), null, null, false, false, false));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = engine.execStart(exec, null, (stream, bytes) -> output.writeBytes(bytes));
        if (code != 0) {
            throw new EngineException("delete in container", container, "rm exited with code " + code + ": "
                    + output.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }

    /** One archive per nearest existing directory. */
    private void copy(String container, Map<String, Path> copies) throws IOException {
        Map<String, Boolean> isDirectory = new HashMap<>();
        Map<String, Map<String, Path>> byBase = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : copies.entrySet()) {
            String base = nearestDirectory(container, parent(e.getKey()), isDirectory);
            byBase.computeIfAbsent(base, k -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Map<String, Path>> e : byBase.entrySet()) {
            engine.copyToContainer(container, e.getKey(), tar(e.getKey(), e.getValue()), false);
        }
    }

    /** {@code dir} or its nearest ancestor that exists in the container. */
    private String nearestDirectory(String container, String dir, Map<String, Boolean> known) {
        for (String d = dir; ; d = parent(d)) {
            Boolean directory = known.computeIfAbsent(d, p -> {
                Optional<PathStat> stat = engine.statPath(container, p);
                return stat.map(PathStat::isDirectory).orElse(null);
            });
            if (directory != null) {
                if (!directory) {
                    throw new EngineException("copy to container", container + ":" + d, d + " is not a directory");
                }
                return d;
            }
            if (d.equals("/")) return "/";
        }
    }

    private static InputStream tar(String base, Map<String, Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarWriter tar = new TarWriter(out);
        Set<String> dirs = new LinkedHashSet<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String rel = relativeTo(base, e.getKey());
            // the directories between the base and the file, which the container does not have yet
            int slash = -1;
            while ((slash = rel.indexOf('/', slash + 1)) > 0) {
                String dir = rel.substring(0, slash);
                if (dirs.add(dir)) {
                    tar.write(TarEntry.directory(dir, 0755, null), null);
                }
            }
            Path file = e.getValue();
            byte[] content = Files.readAllBytes(file);
            tar.write(TarEntry.file(rel, mode(file), content.length, Files.getLastModifiedTime(file).toInstant()),
                    new ByteArrayInputStream(content));
        }
        tar.finish();
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static int mode(Path file) throws IOException {
        try {
            int mode = 0;
            for (PosixFilePermission p : Files.getPosixFilePermissions(file)) mode |= 1 << (8 - p.ordinal());
            return mode;
        } catch (UnsupportedOperationException notPosix) {
            return Files.isExecutable(file) ? 0755 : 0644;
        }
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static String relativeTo(String base, String path) {
        String prefix = base.endsWith("/") ? base : base + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path.replaceFirst("^/", "");
    }
}
