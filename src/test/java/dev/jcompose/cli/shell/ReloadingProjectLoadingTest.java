package dev.jcompose.cli.shell;

import dev.jcompose.cli.DefaultProjectLoading;
import dev.jcompose.loader.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shell's project is loaded once and again only after one of the files it came from changed. */
class ReloadingProjectLoadingTest {

    @TempDir
    Path dir;

    private final ReloadingProjectLoading loader = new ReloadingProjectLoading(new DefaultProjectLoading());

    private List<String> services() {
        return List.copyOf(loader.load(LoadRequest.in(dir, Map.of())).project().services().keySet());
    }

    /** Writes and moves the time on, so a change within the file system's time resolution still shows. */
    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        boolean existed = Files.exists(p);
        Files.writeString(p, text);
        if (existed) Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(5)));
    }

    @Test
    void keepsTheProjectUntilAFileItCameFromChanges() throws IOException {
        write("compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: base}\n");
        write("common/base.yaml", "services:\n  base:\n    image: busybox\n");
        var first = loader.load(LoadRequest.in(dir, Map.of()));
        assertSame(first, loader.load(LoadRequest.in(dir, Map.of())));
        assertEquals(1, loader.loads());

        write("compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: base}\n  db:\n    image: x\n");
        assertEquals(List.of("web", "db"), services());
        assertEquals(2, loader.loads());

        write("common/base.yaml", "services:\n  base:\n    image: busybox:1\n");
        assertEquals("busybox:1", loader.load(LoadRequest.in(dir, Map.of())).project().services().get("web").image());
        assertEquals(3, loader.loads());
    }

    @Test
    void aNewOverrideFileOrEnvFileIsSeen() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox:${TAG:-1}\n");
        assertEquals(List.of("web"), services());
        write("compose.override.yaml", "services:\n  extra:\n    image: busybox\n");
        assertEquals(List.of("web", "extra"), services());
        write(".env", "TAG=2\n");
        assertEquals("busybox:2", loader.load(LoadRequest.in(dir, Map.of())).project().services().get("web").image());
        assertEquals(3, loader.loads());
    }
}
