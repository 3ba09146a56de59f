package dev.jcompose.cli.shell;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The terminal's settings exactly as the kernel has them, to put back when JLine is done with it: JLine's own
 * attributes have no line speed, so setting them back leaves the speed at 0 ({@code stty} shows "speed 0 baud"),
 * and JLine's native library has no {@code c_line} field, so whatever it sets leaves stack garbage there
 * ({@code stty -a} shows "line = 132"). The {@code struct termios} is kept as opaque bytes, read and written with
 * tcgetattr/tcsetattr of the C library through JNA; where that does not load, JLine's restore is all there is.
 */
final class TerminalState {

    private static final int STDIN = 0;
    /** TCSADRAIN on Linux and macOS. */
    private static final int TCSADRAIN = 1;
    /** More than {@code sizeof(struct termios)} on any platform (60 bytes on Linux, 72 on macOS). */
    private static final int TERMIOS_BYTES = 256;

    /** The three calls of the C library this needs, on a {@code struct termios} as bytes. */
    interface CLibrary extends Library {
        int isatty(int fd);

        int tcgetattr(int fd, byte[] termios);

        int tcsetattr(int fd, int when, byte[] termios);
    }

    /** Loaded on first use, so that commands that never touch a terminal never load JNA. */
    private static final class Loaded {
        static final CLibrary C = Native.load("c", CLibrary.class);
    }

    private final byte[] saved;

    private TerminalState(byte[] saved) {
        this.saved = saved;
    }

    /** The settings of the terminal on standard input now; null when it is not a terminal or cannot be read. */
    static TerminalState save() {
        try {
            if (Loaded.C.isatty(STDIN) == 0) return null;
            byte[] termios = new byte[TERMIOS_BYTES];
            return Loaded.C.tcgetattr(STDIN, termios) == 0 ? new TerminalState(termios) : null;
        } catch (LinkageError | RuntimeException noNativeLibrary) {
            return null;
        }
    }

    static void restore(TerminalState state) {
        if (state == null) return;
        try {
            Loaded.C.tcsetattr(STDIN, TCSADRAIN, state.saved);
        } catch (LinkageError | RuntimeException noNativeLibrary) {
            // JLine has already set back what it knows of the settings
        }
    }
}
