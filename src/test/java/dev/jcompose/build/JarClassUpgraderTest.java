package dev.jcompose.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The build step that raises picocli's Java 5 class files to Java 8, run on picocli's own jar. */
class JarClassUpgraderTest {

    @TempDir
    Path dir;

    @Test
    void raisesTheOldClassFilesAndCopiesEverythingElseUnchanged() throws Exception {
        Path original = picocliJar();
        Map<String, ZipEntry> before = entries(original);
        Map<String, byte[]> beforeBytes = contents(original);
        long old = beforeBytes.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".class") && major(e.getValue()) < 52).count();
        assertTrue(old > 100, "picocli no longer ships pre-Java 8 class files (" + old + "): is the step still needed?");

        Path upgraded = dir.resolve("picocli.jar");
        JarClassUpgrader.Result result = JarClassUpgrader.upgrade(original, upgraded);

        Map<String, ZipEntry> after = entries(upgraded);
        Map<String, byte[]> afterBytes = contents(upgraded);
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()), "entries and their order");
        assertEquals(old, result.upgraded());
        int classes = 0;
        for (String name : before.keySet()) {
            byte[] was = beforeBytes.get(name);
            byte[] is = afterBytes.get(name);
            assertEquals(before.get(name).getTime(), after.get(name).getTime(), name + " time");
            if (name.endsWith(".class")) {
                classes++;
                if (major(was) < 52) {
                    assertEquals(52, major(is), name);
                    continue;
                }
            }
            assertArrayEquals(was, is, name + " changed");
        }
        assertEquals(classes, result.classes());
        assertTrue(beforeBytes.containsKey("META-INF/versions/9/module-info.class"), "test input lacks module-info");
        assertTrue(new String(afterBytes.get("META-INF/MANIFEST.MF"), "UTF-8").contains("Multi-Release: true"));
    }

    @Test
    void theRaisedClassesPassTheVerifierAndPicocliWorks() throws Exception {
        Path upgraded = dir.resolve("picocli.jar");
        JarClassUpgrader.upgrade(picocliJar(), upgraded);
        Map<String, byte[]> classes = classFiles(upgraded);

        // Linking runs the verifier; for Java 7+ class files it checks the stack map frames and has no fallback.
        BytesClassLoader loader = new BytesClassLoader(classes);
        for (String name : classes.keySet()) {
            Class.forName(name, true, loader);
        }

        Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
        Class<?> optionSpec = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
        Class<?> argSpec = loader.loadClass("picocli.CommandLine$Model$ArgSpec");
        Object command = spec.getMethod("create").invoke(null);
        spec.getMethod("name", String.class).invoke(command, "greet");
        Object builder = optionSpec.getMethod("builder", String.class, String[].class)
                .invoke(null, "--name", new String[0]);
        // The builder's setters are declared in a package-private superclass.
        Class<?> argBuilder = loader.loadClass("picocli.CommandLine$Model$ArgSpec$Builder");
        accessible(argBuilder.getDeclaredMethod("type", Class.class)).invoke(builder, String.class);
        accessible(argBuilder.getDeclaredMethod("paramLabel", String.class)).invoke(builder, "WHO");
        accessible(argBuilder.getDeclaredMethod("description", String[].class))
                .invoke(builder, (Object) new String[] {"who to greet"});
        Object option = builder.getClass().getMethod("build").invoke(builder);
        spec.getMethod("addOption", optionSpec).invoke(command, option);
        Object commandLine = loader.loadClass("picocli.CommandLine").getConstructor(Object.class).newInstance(command);
        String usage = (String) commandLine.getClass().getMethod("getUsageMessage").invoke(commandLine);
        assertTrue(usage.contains("Usage: greet [--name=WHO]") && usage.contains("who to greet"), usage);
        Method parseArgs = commandLine.getClass().getMethod("parseArgs", String[].class);
        parseArgs.invoke(commandLine, (Object) new String[] {"--name", "world"});
        Object parsed = spec.getMethod("findOption", String.class).invoke(command, "--name");
        assertEquals("world", argSpec.getMethod("getValue").invoke(parsed));
    }

    @Test
    void theVerifierCheckAboveCatchesAClassWithoutFrames() throws Exception {
        // Guards the test above: raising the version alone, without frames, must be rejected when linking.
        Map<String, byte[]> classes = classFiles(picocliJar());
        byte[] commandLine = classes.get("picocli.CommandLine").clone();
        commandLine[6] = 0;
        commandLine[7] = 52;
        classes.put("picocli.CommandLine", commandLine);
        BytesClassLoader loader = new BytesClassLoader(classes);
        assertThrows(VerifyError.class, () -> Class.forName("picocli.CommandLine", true, loader));
    }

    @Test
    void inPlaceKeepsTheNameAndPermissionsAndASecondRunChangesNothing() throws Exception {
        Path jar = Files.copy(picocliJar(), dir.resolve("picocli-4.7.7.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));

        JarClassUpgrader.Result first = JarClassUpgrader.upgradeInPlace(jar);
        assertTrue(first.upgraded() > 100, first.toString());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(jar)));
        byte[] once = Files.readAllBytes(jar);

        JarClassUpgrader.Result second = JarClassUpgrader.upgradeInPlace(jar);
        assertEquals(new JarClassUpgrader.Result(first.classes(), 0), second);
        assertArrayEquals(once, Files.readAllBytes(jar));
        assertEquals(List.of(jar), list(dir), "temporary files left behind");
    }

    @Test
    void aClassItCannotRewriteFailsTheRunAndLeavesTheJarAsItWas() throws Exception {
        byte[] old = classFiles(picocliJar()).get("picocli.CommandLine$Range");
        byte[] broken = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 49, 1, 2, 3};
        Path jar = jar(dir.resolve("lib.jar"), Map.of("a/Old.class", old, "a/Broken.class", broken));
        byte[] before = Files.readAllBytes(jar);

        assertThrows(RuntimeException.class, () -> JarClassUpgrader.upgradeInPlace(jar));
        assertArrayEquals(before, Files.readAllBytes(jar));
        assertEquals(List.of(jar), list(dir), "temporary files left behind");
    }

    @Test
    void refusesToRewriteASignedJar() throws Exception {
        byte[] old = classFiles(picocliJar()).get("picocli.CommandLine$Range");
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes("UTF-8"));
        content.put("META-INF/SIGNER.SF", "Signature-Version: 1.0\n".getBytes("UTF-8"));
        content.put("picocli/CommandLine$Range.class", old);
        Path jar = jar(dir.resolve("signed.jar"), content);

        IOException e = assertThrows(IOException.class, () -> JarClassUpgrader.upgradeInPlace(jar));
        assertTrue(e.getMessage().contains("signed"), e.getMessage());
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    private static Path picocliJar() throws Exception {
        return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static Map<String, ZipEntry> entries(Path jar) throws IOException {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> entries.put(e.getName(), e));
        }
        return entries;
    }

    private static Map<String, byte[]> contents(Path jar) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    contents.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return contents;
    }

    /** Class name → class file, for the classes outside META-INF. */
    private static Map<String, byte[]> classFiles(Path jar) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        contents(jar).forEach((name, bytes) -> {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes);
            }
        });
        return classes;
    }

    private static Path jar(Path path, Map<String, byte[]> content) throws IOException {
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return path;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return new ArrayList<>(files.toList());
        }
    }

    /** Defines classes from bytes only, so the class path's own copy of picocli cannot stand in for them. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes) {
            super(ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
