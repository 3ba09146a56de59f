package dev.jcompose.exec;

import dev.jcompose.plan.Op;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a build's Dockerfile comes from and what it is called inside the context sent to the engine: a file in
 * the context keeps its path; one outside the context, or written inline in the compose file, travels as an extra
 * file at the context's root, as {@code docker build} sends it.
 *
 * @param nameInContext the path the engine reads the Dockerfile from
 * @param extraContent  the bytes to add under that name, or null when the context already holds the file
 * @param shownAs       how messages name the Dockerfile: its path on disk, or "dockerfile_inline"
 * @param text          the Dockerfile's text, to locate a failed step in it
 */
record DockerfileSource(String nameInContext, byte[] extraContent, String shownAs, String text) {

    static DockerfileSource of(Op.BuildImage op) throws OpFailedException {
        Path context = op.context().toAbsolutePath().normalize();
        if (!Files.isDirectory(context)) {
            throw new OpFailedException("build image " + op.tag() + ": the build context " + context
                    + " is not a directory");
        }
        if (op.dockerfileInline() != null) {
            byte[] bytes = op.dockerfileInline().getBytes(StandardCharsets.UTF_8);
            return new DockerfileSource(extraName(bytes), bytes, "dockerfile_inline", op.dockerfileInline());
        }
        String written = op.spec().dockerfile() == null ? "Dockerfile" : op.spec().dockerfile();
        Path file = context.resolve(written).normalize();
        if (!Files.isRegularFile(file)) {
            throw new OpFailedException("build image " + op.tag() + ": no Dockerfile at " + file
                    + (written.equals("Dockerfile") ? " (set build.dockerfile to use another file)" : ""));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OpFailedException("build image " + op.tag() + ": cannot read " + file + ": " + e.getMessage(),
                    java.util.List.of(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (file.startsWith(context)) {
            return new DockerfileSource(context.relativize(file).toString().replace('\\', '/'), null, file.toString(),
                    text);
        }
        return new DockerfileSource(extraName(bytes), bytes, file.toString(), text);
    }

    /** A name no context is likely to hold, the same for the same content so that builds stay reproducible. */
    private static String extraName(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return ".dockerfile." + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
