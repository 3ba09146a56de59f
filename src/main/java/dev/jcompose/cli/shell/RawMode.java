package dev.jcompose.cli.shell;

import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;

/**
 * The local terminal's mode while a container's terminal is attached, as {@code cfmakeraw} sets it (and the docker
 * CLI does): no echo, no line editing, no signals from Ctrl-C or Ctrl-Z, no CR/LF translation either way, so every
 * key reaches the container as typed and the container's terminal does all of that itself.
 */
final class RawMode {

    private RawMode() {
    }

    static Attributes of(Attributes cooked) {
        Attributes raw = new Attributes(cooked);
        raw.setInputFlags(EnumSet.of(InputFlag.IGNBRK, InputFlag.BRKINT, InputFlag.PARMRK, InputFlag.ISTRIP,
                InputFlag.INLCR, InputFlag.IGNCR, InputFlag.ICRNL, InputFlag.IXON), false);
        raw.setOutputFlag(OutputFlag.OPOST, false);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ECHO, LocalFlag.ECHONL, LocalFlag.ICANON, LocalFlag.ISIG,
                LocalFlag.IEXTEN), false);
        raw.setControlFlag(ControlFlag.PARENB, false);
        raw.setControlFlag(ControlFlag.CS8, true);
        // A read returns what has come, or nothing after a tenth of a second, so the reader can stop between keys.
        raw.setControlChar(ControlChar.VMIN, 0);
        raw.setControlChar(ControlChar.VTIME, 1);
        return raw;
    }
}
