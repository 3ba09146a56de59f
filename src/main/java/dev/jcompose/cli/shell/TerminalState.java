package dev.jcompose.cli.shell;

import org.jline.nativ.CLibrary;

/**
 * The terminal's settings exactly as the kernel has them, to put back when JLine is done with it: JLine's own
 * attributes have no line speed, so setting them back leaves the speed at 0 ({@code stty} shows "speed 0 baud").
 * Read and written with tcgetattr/tcsetattr through JLine's native library; where that library does not load, JLine's
 * restore is all there is.
 */
final class TerminalState {

    private static final int STDIN = 0;

    private final CLibrary.Termios saved;

    private TerminalState(CLibrary.Termios saved) {
        this.saved = saved;
    }

    /** The settings of the terminal on standard input now; null when it is not a terminal or cannot be read. */
    static TerminalState save() {
        try {
            if (CLibrary.isatty(STDIN) == 0) return null;
            CLibrary.Termios t = new CLibrary.Termios();
            return CLibrary.tcgetattr(STDIN, t) == 0 ? new TerminalState(t) : null;
        } catch (LinkageError | RuntimeException noNativeLibrary) {
            return null;
        }
    }

    static void restore(TerminalState state) {
        if (state == null) return;
        try {
            CLibrary.tcsetattr(STDIN, CLibrary.TCSADRAIN, state.saved);
        } catch (LinkageError | RuntimeException noNativeLibrary) {
            // JLine has already set back what it knows of the settings
        }
    }
}
