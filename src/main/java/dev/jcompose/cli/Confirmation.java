package dev.jcompose.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Docker Compose's yes/no question: on a terminal {@code ? QUESTION (y/N) }, otherwise the question alone with no
 * line end; then one line of stdin (in the shell: of the terminal) is the answer, and only {@code y} or {@code yes}
 * is yes (no input is no).
 */
final class Confirmation {

    private Confirmation() {
    }

    static boolean ask(String question, ProcessIo io, PrintWriter out) {
        String prompt = io.inIsTerminal() ? "? " + question + " (y/N) " : question;
        out.flush();
        String answer = (io.tty() == null ? Optional.<String>empty() : io.tty().ask(prompt)).orElseGet(() -> {
            out.print(prompt);
            out.flush();
            return readLine(io.in());
        });
        answer = answer.trim().toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }

    /** Byte by byte, so that nothing after the answer's line is taken from stdin. */
    private static String readLine(InputStream in) {
        try {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) line.write(b);
            return line.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
