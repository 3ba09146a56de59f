package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.model.DeviceRequest;
import dev.jcompose.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code label_file}, {@code gpus: all} and {@code mac_address} as Compose loads them. */
class ServiceFilesAndDevicesLoadTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private LoadResult load() {
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of("HOME", "/home/tester")).withProjectName("demo"));
    }

    private Service web() {
        return load().project().service("web");
    }

    @Test
    void labelFilesAreFoldedIntoLabelsInOrderAndExplicitLabelsWin() throws IOException {
        write("labels/base.labels", "# team labels\ncom.example.team=core\ncom.example.tier=back\n");
        write("labels/more.labels", "com.example.tier=front\nREF=${HOME:-none}-1\n");
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    label_file: [labels/base.labels, ./labels/more.labels]
                    labels:
                      com.example.team: platform
                """);
        Service web = web();
        assertEquals(Map.of("com.example.team", "platform", "com.example.tier", "front", "REF", "none-1"),
                web.labels(), "a later file wins over an earlier one, labels over every file; ${} does not read "
                        + "the environment (HOME is set)");
        assertEquals(List.of(dir.resolve("labels/base.labels").toString(), dir.resolve("labels/more.labels").toString()),
                web.labelFiles());
    }

    @Test
    void aSingleLabelFileWithoutLabels() throws IOException {
        write("web.labels", "a=1\n");
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    label_file: web.labels\n");
        assertEquals(Map.of("a", "1"), web().labels());
    }

    @Test
    void aMissingLabelFileIsAnErrorAtItsLine() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    label_file: [nope.labels]\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, this::load);
        assertEquals(List.of("compose.yaml:4:18: services.web.label_file[0]: label file "
                        + dir.resolve("nope.labels") + " not found"),
                e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList());
    }

    @Test
    void gpusAllIsARequestForEveryGpu() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    gpus: all\n");
        assertEquals(List.of(new DeviceRequest(List.of(), null, -1L, List.of(), Map.of())), web().gpus());
    }

    @Test
    void aServiceMacAddressMustAgreeWithItsFirstNetworks() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    mac_address: 02:42:ac:11:00:01
                    networks:
                      front: {mac_address: "02:42:ac:11:00:09"}
                networks:
                  front: {}
                """);
        InvalidProjectException e = assertThrows(InvalidProjectException.class, this::load);
        assertEquals(List.of("compose.yaml:4:18: services.web.mac_address: the service-level mac_address should "
                        + "have the same value as network front"),
                e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList());

        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    mac_address: 02:42:AC:11:00:01
                    networks:
                      front: {mac_address: "02:42:ac:11:00:01"}
                networks:
                  front: {}
                """);
        assertEquals("02:42:AC:11:00:01", web().macAddress());
    }
}
