package dev.jcompose.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** For tests in other packages: a directory as the build context tar {@code up --build} would send. */
public final class ContextTars {

    private ContextTars() {
    }

    public static byte[] of(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuildContext.of(dir, null).writeTar(out);
        return out.toByteArray();
    }
}
