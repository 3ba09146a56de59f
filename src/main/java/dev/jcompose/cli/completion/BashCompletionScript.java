package dev.jcompose.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the bash completion script from picocli's command model: verbs, each verb's options, option values
 * (fixed words, files, directories), and service names, which the script asks the project in the current directory
 * for with {@code jcompose config --services} (passing on the project options already typed). zsh runs the same
 * script through bashcompinit.
 */
public final class BashCompletionScript {

    private BashCompletionScript() {
    }

    public static String of(CommandSpec root) {
        List<CommandSpec> commands = CommandModel.commands(root);
        StringBuilder b = new StringBuilder();
        b.append("# bash completion for jcompose. Generated from the command model by scripts/gen-completions.sh;\n")
                .append("# do not edit. Install: see README.md, \"Shell completion\".\n\n");
        b.append("_jcompose_commands='")
                .append(commands.stream().map(CommandSpec::name).collect(Collectors.joining(" "))).append("'\n\n");

        b.append("# The options of a command ('' = the global options).\n");
        b.append("_jcompose_options() {\n    case $1 in\n");
        b.append("        '') echo '").append(optionNames(root)).append("' ;;\n");
        for (CommandSpec c : commands) {
            b.append("        ").append(c.name()).append(") echo '").append(optionNames(c)).append("' ;;\n");
        }
        b.append("    esac\n}\n\n");

        b.append("# What an option's value is (file, directory, service, service=, words W...), none when nothing is\n")
                .append("# offered; nothing at all for an option that takes no value.\n");
        b.append("_jcompose_option_value() {\n    case \"$1 $2\" in\n");
        appendOptionValues(b, "", root);
        for (CommandSpec c : commands) appendOptionValues(b, c.name(), c);
        b.append("    esac\n}\n\n");

        b.append("# What positional argument $2 (from 0) of command $1 is.\n");
        b.append("_jcompose_positional() {\n    case $1 in\n");
        for (CommandSpec c : commands) {
            List<String> cases = positionalCases(c);
            if (cases.isEmpty()) continue;
            b.append("        ").append(c.name()).append(")\n");
            cases.forEach(line -> b.append("            ").append(line).append('\n'));
            b.append("            ;;\n");
        }
        b.append("    esac\n}\n\n");

        List<String> stoppers = commands.stream().filter(c -> c.parser().stopAtPositional()).map(CommandSpec::name)
                .toList();
        b.append("# Commands whose first positional argument ends their options (what follows is a command to run).\n");
        b.append("_jcompose_stops_at_positional() {\n");
        if (stoppers.isEmpty()) {
            b.append("    return 1\n");
        } else {
            b.append("    case $1 in ").append(String.join("|", stoppers)).append(") return 0 ;; esac\n    return 1\n");
        }
        b.append("}\n\n");
        b.append(FIXED);
        return b.toString();
    }

    private static String optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : CommandModel.options(spec)) names.addAll(List.of(o.names()));
        return String.join(" ", names);
    }

    private static void appendOptionValues(StringBuilder b, String command, CommandSpec spec) {
        for (OptionSpec o : CommandModel.options(spec)) {
            if (!CommandModel.takesValue(o)) continue;
            String pattern = List.of(o.names()).stream().map(n -> "'" + command + " " + n + "'")
                    .collect(Collectors.joining("|"));
            b.append("        ").append(pattern).append(") echo ").append(word(ValueKind.of(o))).append(" ;;\n");
        }
    }

    private static List<String> positionalCases(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        for (PositionalParamSpec p : CommandModel.positionals(spec)) {
            ValueKind kind = ValueKind.of(p);
            if (kind.kind() == ValueKind.Kind.NONE) continue;
            int from = p.index().min();
            String test = p.index().isUnresolved() || p.index().max() == Integer.MAX_VALUE
                    ? "(( $2 >= " + from + " ))" : "(( $2 >= " + from + " && $2 <= " + p.index().max() + " ))";
            lines.add(test + " && { echo " + word(kind) + "; return; }");
        }
        return lines;
    }

    private static String word(ValueKind kind) {
        return switch (kind.kind()) {
            case NONE -> "none";
            case FILE -> "file";
            case DIRECTORY -> "directory";
            case SERVICE -> "service";
            case SERVICE_ASSIGNMENT -> "service=";
            case WORDS -> "'words " + String.join(" ", kind.words()) + "'";
        };
    }

    private static final String FIXED = """
            _jcompose_services() {
                command jcompose "${project_args[@]}" config --services 2>/dev/null
            }

            _jcompose_complete_value() {
                case $1 in
                    file)
                        type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
                        COMPREPLY=($(compgen -f -- "$cur")) ;;
                    directory)
                        type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
                        COMPREPLY=($(compgen -d -- "$cur")) ;;
                    service)
                        COMPREPLY=($(compgen -W "$(_jcompose_services)" -- "$cur")) ;;
                    service=)
                        type compopt >/dev/null 2>&1 && compopt -o nospace 2>/dev/null
                        COMPREPLY=($(compgen -W "$(_jcompose_services | sed 's/$/=/')" -- "$cur")) ;;
                    words\\ *)
                        COMPREPLY=($(compgen -W "${1#words }" -- "$cur")) ;;
                esac
            }

            _jcompose() {
                local cur=${COMP_WORDS[COMP_CWORD]} cmd='' pending='' ended='' word i
                local -i positionals=0
                local -a project_args=()
                COMPREPLY=()
                # bash splits --option=value at '=': a lone '=' joins an option to its value.
                [[ $cur == = ]] && cur=''
                for ((i = 1; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if [[ -n $pending ]]; then
                        [[ $word == = ]] && continue
                        [[ -z $cmd ]] && project_args+=("$pending" "$word")
                        pending=''
                        continue
                    fi
                    if [[ -z $ended && $word == -- ]]; then
                        ended=1
                        continue
                    fi
                    if [[ -z $ended && $word == -?* ]]; then
                        if [[ $word == *=* ]]; then
                            [[ -z $cmd ]] && project_args+=("$word")
                        elif [[ -n $(_jcompose_option_value "$cmd" "$word") ]]; then
                            pending=$word
                        fi
                        continue
                    fi
                    if [[ -z $cmd ]] && ((positionals == 0)) && [[ " $_jcompose_commands " == *" $word "* ]]; then
                        cmd=$word
                        continue
                    fi
                    positionals+=1
                    _jcompose_stops_at_positional "$cmd" && ended=1
                done
                if [[ -n $pending ]]; then
                    _jcompose_complete_value "$(_jcompose_option_value "$cmd" "$pending")"
                elif [[ -z $ended && $cur == -* ]]; then
                    COMPREPLY=($(compgen -W "$(_jcompose_options "$cmd")" -- "$cur"))
                elif [[ -z $cmd ]]; then
                    COMPREPLY=($(compgen -W "$_jcompose_commands" -- "$cur"))
                else
                    _jcompose_complete_value "$(_jcompose_positional "$cmd" "$positionals")"
                fi
            }

            complete -F _jcompose jcompose
            """;
}
