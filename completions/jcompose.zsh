# zsh completion for jcompose: the bash completion, through zsh's bashcompinit. Generated from the
# command model by scripts/gen-completions.sh; do not edit. Source it from ~/.zshrc after compinit.
autoload -U +X bashcompinit && bashcompinit

_jcompose_commands='config up down ps logs create start stop restart rm exec attach run kill pause unpause top port wait cp commit export graph doctor watch build pull push images volumes events ls scale stats rollout rollback version help shell'

# The options of a command ('' = the global options).
_jcompose_options() {
    case $1 in
        '') echo '-f --file -p --project-name --project-directory --env-file --profile --progress --ansi --dry-run --parallel --stacktrace -h --help -v --version' ;;
        config) echo '--format -q --quiet --no-interpolate --no-normalize --no-path-resolution --resolve-image-digests --lock-image-digests -o --output --services --volumes --networks --profiles --images --environment --variables --hash -h --help --dry-run' ;;
        up) echo '-h --help -d --detach --quiet-pull --quiet-build --always-recreate-deps --no-deps --scale --wait --wait-timeout --abort-on-container-exit --abort-on-container-failure --exit-code-from --attach --no-attach --attach-dependencies --timestamps -t --timeout --no-start --no-log-prefix --no-color -V --renew-anon-volumes --build --no-build --pull --force-recreate --no-recreate -y --yes --remove-orphans --dry-run' ;;
        down) echo '-h --help -v --volumes --rmi --remove-orphans -t --timeout --dry-run' ;;
        ps) echo '-h --help -a --all -q --quiet --services --status --format --orphans --no-trunc --filter --dry-run' ;;
        logs) echo '-h --help -f --follow -n --tail -t --timestamps --since --until --no-log-prefix --front --no-color --index --dry-run' ;;
        create) echo '-h --help --build --no-build --pull --force-recreate --no-recreate -y --yes --remove-orphans --dry-run' ;;
        start) echo '-h --help --dry-run' ;;
        stop) echo '-h --help -t --timeout --dry-run' ;;
        restart) echo '-h --help -t --timeout --no-deps --dry-run' ;;
        rm) echo '-h --help -f --force -s --stop -v --volumes --dry-run' ;;
        exec) echo '-h --help -d --detach -e --env --index --privileged -u --user -T --no-TTY --no-tty -w --workdir --dry-run' ;;
        attach) echo '-h --help --detach-keys --index --no-stdin --sig-proxy --dry-run' ;;
        run) echo '-h --help -d --detach -e --env --env-from-file -l --label --labels --rm -T --no-TTY --no-tty --name -u --user -w --workdir --entrypoint --no-deps -v --volume --volumes -p --publish --use-aliases -P --service-ports --pull --build --remove-orphans --cap-add --cap-drop -q --quiet --quiet-pull -i --interactive --dry-run' ;;
        kill) echo '-h --help -s --signal --remove-orphans --dry-run' ;;
        pause) echo '-h --help --dry-run' ;;
        unpause) echo '-h --help --dry-run' ;;
        top) echo '-h --help --dry-run' ;;
        port) echo '-h --help --protocol --index --dry-run' ;;
        wait) echo '-h --help --down-project --dry-run' ;;
        cp) echo '-h --help --index --all -L --follow-link -a --archive --dry-run' ;;
        commit) echo '-h --help -a --author -c --change -m --message -p --pause --index --dry-run' ;;
        export) echo '-h --help -o --output --index --dry-run' ;;
        graph) echo '-h --help --format --dry-run' ;;
        doctor) echo '-h --help --dry-run' ;;
        watch) echo '-h --help --no-up --dry-run' ;;
        build) echo '-h --help -q --quiet --pull --push --no-cache --build-arg --with-dependencies --dry-run' ;;
        pull) echo '-h --help -q --quiet --ignore-pull-failures --ignore-buildable --include-deps --policy --dry-run' ;;
        push) echo '-h --help --ignore-push-failures --include-deps -q --quiet --dry-run' ;;
        images) echo '-h --help --format -q --quiet --dry-run' ;;
        volumes) echo '-h --help --format -q --quiet --dry-run' ;;
        events) echo '-h --help --json --dry-run' ;;
        ls) echo '-h --help -a --all --format -q --quiet --filter --dry-run' ;;
        scale) echo '-h --help --no-deps --dry-run' ;;
        stats) echo '-h --help -a --all --format --no-stream --no-trunc --dry-run' ;;
        rollout) echo '-h --help --status --force --dry-run' ;;
        rollback) echo '-h --help --dry-run' ;;
        version) echo '-f --format --short -h --help --dry-run' ;;
        help) echo '-h --help --dry-run' ;;
        shell) echo '-h --help --dry-run' ;;
    esac
}

# What an option's value is (file, directory, service, service=, words W...), none when nothing is
# offered; nothing at all for an option that takes no value.
_jcompose_option_value() {
    case "$1 $2" in
        ' -f'|' --file') echo file ;;
        ' -p'|' --project-name') echo none ;;
        ' --project-directory') echo directory ;;
        ' --env-file') echo file ;;
        ' --profile') echo none ;;
        ' --progress') echo 'words auto tty plain json quiet' ;;
        ' --ansi') echo 'words never always auto' ;;
        ' --parallel') echo none ;;
        'config --format') echo 'words yaml json' ;;
        'config -o'|'config --output') echo file ;;
        'config --hash') echo service ;;
        'up --scale') echo service= ;;
        'up --wait-timeout') echo none ;;
        'up --exit-code-from') echo service ;;
        'up --attach') echo service ;;
        'up --no-attach') echo service ;;
        'up -t'|'up --timeout') echo none ;;
        'up --pull') echo 'words always missing never build' ;;
        'down --rmi') echo 'words none local all' ;;
        'down -t'|'down --timeout') echo none ;;
        'ps --status') echo none ;;
        'ps --format') echo none ;;
        'ps --filter') echo none ;;
        'logs -n'|'logs --tail') echo none ;;
        'logs --since') echo none ;;
        'logs --until') echo none ;;
        'logs --index') echo none ;;
        'create --pull') echo 'words always missing never build' ;;
        'stop -t'|'stop --timeout') echo none ;;
        'restart -t'|'restart --timeout') echo none ;;
        'exec -e'|'exec --env') echo none ;;
        'exec --index') echo none ;;
        'exec -u'|'exec --user') echo none ;;
        'exec -w'|'exec --workdir') echo none ;;
        'attach --detach-keys') echo none ;;
        'attach --index') echo none ;;
        'run -e'|'run --env') echo none ;;
        'run --env-from-file') echo file ;;
        'run -l'|'run --label'|'run --labels') echo none ;;
        'run --name') echo none ;;
        'run -u'|'run --user') echo none ;;
        'run -w'|'run --workdir') echo none ;;
        'run --entrypoint') echo none ;;
        'run -v'|'run --volume'|'run --volumes') echo none ;;
        'run -p'|'run --publish') echo none ;;
        'run --pull') echo 'words always missing never build' ;;
        'run --cap-add') echo none ;;
        'run --cap-drop') echo none ;;
        'kill -s'|'kill --signal') echo none ;;
        'port --protocol') echo none ;;
        'port --index') echo none ;;
        'cp --index') echo none ;;
        'commit -a'|'commit --author') echo none ;;
        'commit -c'|'commit --change') echo none ;;
        'commit -m'|'commit --message') echo none ;;
        'commit --index') echo none ;;
        'export -o'|'export --output') echo file ;;
        'export --index') echo none ;;
        'graph --format') echo 'words text dot mermaid' ;;
        'build --build-arg') echo none ;;
        'pull --policy') echo none ;;
        'images --format') echo none ;;
        'volumes --format') echo none ;;
        'ls --format') echo none ;;
        'ls --filter') echo none ;;
        'stats --format') echo none ;;
        'version -f'|'version --format') echo 'words pretty json' ;;
    esac
}

# What positional argument $2 (from 0) of command $1 is.
_jcompose_positional() {
    case $1 in
        up)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        ps)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        logs)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        create)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        start)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        stop)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        restart)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        rm)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        exec)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        attach)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        run)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        kill)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        pause)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        unpause)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        top)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        port)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        wait)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        commit)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        export)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        graph)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        watch)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        build)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        pull)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        push)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        images)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        volumes)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        events)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        scale)
            (( $2 >= 0 )) && { echo service=; return; }
            ;;
        stats)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
        rollout)
            (( $2 >= 0 )) && { echo service; return; }
            ;;
        rollback)
            (( $2 >= 0 && $2 <= 0 )) && { echo service; return; }
            ;;
    esac
}

# Commands whose first positional argument ends their options (what follows is a command to run).
_jcompose_stops_at_positional() {
    case $1 in exec|run) return 0 ;; esac
    return 1
}

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
        words\ *)
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
