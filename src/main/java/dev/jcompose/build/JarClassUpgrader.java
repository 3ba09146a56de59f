package dev.jcompose.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build-time tool (pom.xml runs it in the package phase; it is left out of jcompose.jar): rewrites a jar's class
 * files older than Java 8 as Java 8 class files with computed stack map frames, in place, and copies every other
 * entry unchanged. picocli ships Java 5 class files: the JDK's class-data-sharing archive cannot hold classes older
 * than Java 6, and the JVM checks them with the old inferencing verifier, which is slow, on every start.
 * Arguments: the jars to rewrite. Any problem fails the run (exit status 1) and leaves the jar as it was.
 */
public final class JarClassUpgrader {

    /** The class file version the old ones are raised to: Java 8, what jcompose's other libraries mostly ship. */
    public static final int TARGET_MAJOR = Opcodes.V1_8;

    /** How many class files a jar has, and how many of them were rewritten. */
    public record Result(int classes, int upgraded) {
    }

    private JarClassUpgrader() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: JarClassUpgrader JAR...");
            System.exit(2);
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            try {
                Result r = upgradeInPlace(jar);
                System.out.println(jar.getFileName() + ": " + r.upgraded() + " of " + r.classes()
                        + " class files raised to version " + TARGET_MAJOR);
            } catch (IOException | RuntimeException e) {
                System.err.println("cannot upgrade the class files of " + jar + ":");
                e.printStackTrace();
                System.exit(1);
            }
        }
    }

    /**
     * Rewrites {@code jar} through a temporary file next to it, so a failure never leaves a half-written jar. A jar
     * with nothing to upgrade is not touched, which makes a second run (an incremental build) a no-op.
     */
    public static Result upgradeInPlace(Path jar) throws IOException {
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName() + ".", ".tmp");
        try {
            Result r = upgrade(jar, tmp);
            if (r.upgraded() > 0) {
                // A temporary file is created readable by its owner only; the jar keeps the permissions it had.
                if (Files.getFileStore(jar).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
                }
                Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return r;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code in}'s entries to {@code out} in the same order, with the old class files upgraded. */
    public static Result upgrade(Path in, Path out) throws IOException {
        // Frames need the common superclass of two types, which ASM finds by loading them: from the jar itself,
        // then the JDK. Not from the build's class path, which may hold another copy of the same library.
        try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {in.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipFile zin = new ZipFile(in.toFile());
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            boolean signed = zin.stream().anyMatch(e -> isSignature(e.getName()));
            int classes = 0;
            int upgraded = 0;
            for (Enumeration<? extends ZipEntry> entries = zin.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                byte[] bytes;
                try (InputStream data = zin.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (name.endsWith(".class") && !entry.isDirectory()) {
                    classes++;
                    if (majorVersion(bytes, name) < TARGET_MAJOR) {
                        if (signed) throw new IOException(in + " is signed: rewriting its classes would break it");
                        bytes = upgradeClass(bytes, hierarchy);
                        upgraded++;
                    }
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                if (entry.getComment() != null) copy.setComment(entry.getComment());
                zout.putNextEntry(copy);
                zout.write(bytes);
                zout.closeEntry();
            }
            if (classes == 0) throw new IOException(in + " holds no class files: is it a jar?");
            return new Result(classes, upgraded);
        }
    }

    /** One class file as a Java 8 one: same code, its frames computed afresh (old class files have none). */
    static byte[] upgradeClass(byte[] classFile, ClassLoader hierarchy) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        new ClassReader(classFile).accept(new VersionRaiser(writer), ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    static int majorVersion(byte[] classFile, String name) throws IOException {
        if (classFile.length < 8 || (classFile[0] & 0xff) != 0xca || (classFile[1] & 0xff) != 0xfe
                || (classFile[2] & 0xff) != 0xba || (classFile[3] & 0xff) != 0xbe) {
            throw new IOException(name + " is not a class file");
        }
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static boolean isSignature(String name) {
        if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) return false;
        return name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC");
    }

    /** Sets the new version, and refuses jsr/ret, which Java 7+ class files may not contain. */
    private static final class VersionRaiser extends ClassVisitor {
        private String className;

        VersionRaiser(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            super.visit(TARGET_MAJOR, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String method = className + "." + name + descriptor;
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    if (opcode == Opcodes.JSR) throw new IllegalStateException(method + " uses jsr");
                    super.visitJumpInsn(opcode, label);
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    if (opcode == Opcodes.RET) throw new IllegalStateException(method + " uses ret");
                    super.visitVarInsn(opcode, var);
                }
            };
        }
    }
}
