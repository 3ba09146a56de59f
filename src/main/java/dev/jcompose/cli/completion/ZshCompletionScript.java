package dev.jcompose.cli.completion;

import picocli.CommandLine.Model.CommandSpec;

/** The zsh completion script: the bash one, run by zsh's bash completion emulation (bashcompinit). */
public final class ZshCompletionScript {

    private ZshCompletionScript() {
    }

    public static String of(CommandSpec root) {
        String bash = BashCompletionScript.of(root);
        String body = bash.substring(bash.indexOf("\n\n") + 2);
        return "# zsh completion for jcompose: the bash completion, through zsh's bashcompinit. Generated from the\n"
                + "# command model by scripts/gen-completions.sh; do not edit. Source it from ~/.zshrc after compinit.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n\n"
                + body;
    }
}
