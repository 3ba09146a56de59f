package dev.jcompose.app;

import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the host files behind the project's file-based secrets and configs and digests their content (a directory:
 * its files' relative names and contents). Files that cannot be read are left out; creating the container then
 * reports the problem with the engine's own message.
 */
final class MountedFileDigests {

    /** Sixteen hex digits: enough to tell versions of one file apart, short enough for a label. */
    private static final int HEX_DIGITS = 16;

    private MountedFileDigests() {
    }

    static Map<String, String> of(Project project) {
        Map<String, String> out = new LinkedHashMap<>();
        Stream.concat(project.secrets().values().stream(), project.configs().values().stream())
                .filter(spec -> !spec.external() && spec.file() != null)
                .map(FileObjectSpec::file)
                .distinct()
                .forEach(file -> {
                    String digest = digest(Path.of(file));
                    if (digest != null) out.put(file, digest);
                });
        return out;
    }

    private static String digest(Path path) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    sha.update(path.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    update(sha, f);
                }
            } else if (Files.isRegularFile(path)) {
                update(sha, path);
            } else {
                return null;
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
        } catch (IOException | UncheckedIOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
        }
    }
}
