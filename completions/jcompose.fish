# fish completion for jcompose. Generated from the command model by scripts/gen-completions.sh;
# do not edit. Install: copy to ~/.config/fish/completions/jcompose.fish

function __jcompose_services
    jcompose config --services 2>/dev/null
end

# True while nothing but options follows the command word $argv[1].
function __jcompose_no_argument_after
    set -l seen 0
    for token in (commandline -opc)[2..-1]
        if test $seen = 1
            string match -q -- '-*' $token; or return 1
        else if test $token = $argv[1]
            set seen 1
        end
    end
    return 0
end

complete -c jcompose -f

# global options
complete -c jcompose -n __fish_use_subcommand -s f -l file -r -F -d 'Compose configuration file (repeatable; - reads standard input)'
complete -c jcompose -n __fish_use_subcommand -s p -l project-name -x -d 'Project name'
complete -c jcompose -n __fish_use_subcommand -l project-directory -x -a '(__fish_complete_directories)' -d 'Specify an alternate working directory (default: the directory of the first Compose file)'
complete -c jcompose -n __fish_use_subcommand -l env-file -r -F -d 'Specify an alternate environment file (repeatable)'
complete -c jcompose -n __fish_use_subcommand -l profile -x -d 'Specify a profile to enable (repeatable; * enables all)'
complete -c jcompose -n __fish_use_subcommand -l progress -x -a 'auto tty plain json quiet' -d 'Set type of progress output (auto, tty, plain, json, quiet) (default "auto")'
complete -c jcompose -n __fish_use_subcommand -l ansi -x -a 'never always auto' -d 'Control when to print ANSI control characters (never, always, auto) (default "auto")'
complete -c jcompose -n __fish_use_subcommand -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n __fish_use_subcommand -l parallel -x -d 'Control max parallelism, -1 for unlimited (default -1)'
complete -c jcompose -n __fish_use_subcommand -l stacktrace -d 'Print the stack trace of an unexpected error'
complete -c jcompose -n __fish_use_subcommand -s h -l help -d 'Show this help'
complete -c jcompose -n __fish_use_subcommand -s v -l version -d 'Show the jcompose version information'

# commands
complete -c jcompose -n __fish_use_subcommand -a config -d 'Parse, resolve and render the compose file in canonical format'
complete -c jcompose -n __fish_use_subcommand -a up -d 'Create and start containers'
complete -c jcompose -n __fish_use_subcommand -a down -d 'Stop and remove containers, networks'
complete -c jcompose -n __fish_use_subcommand -a ps -d 'List containers'
complete -c jcompose -n __fish_use_subcommand -a logs -d 'View output from containers'
complete -c jcompose -n __fish_use_subcommand -a create -d 'Creates containers for a service'
complete -c jcompose -n __fish_use_subcommand -a start -d 'Start services'
complete -c jcompose -n __fish_use_subcommand -a stop -d 'Stop services'
complete -c jcompose -n __fish_use_subcommand -a restart -d 'Restart service containers'
complete -c jcompose -n __fish_use_subcommand -a rm -d 'Removes stopped service containers'
complete -c jcompose -n __fish_use_subcommand -a exec -d 'Execute a command in a running container'
complete -c jcompose -n __fish_use_subcommand -a attach -d 'Attach local standard input, output, and error streams to a service\'s running container'
complete -c jcompose -n __fish_use_subcommand -a run -d 'Run a one-off command on a service'
complete -c jcompose -n __fish_use_subcommand -a kill -d 'Force stop service containers'
complete -c jcompose -n __fish_use_subcommand -a pause -d 'Pause services'
complete -c jcompose -n __fish_use_subcommand -a unpause -d 'Unpause services'
complete -c jcompose -n __fish_use_subcommand -a top -d 'Display the running processes'
complete -c jcompose -n __fish_use_subcommand -a port -d 'Print the public port for a port binding'
complete -c jcompose -n __fish_use_subcommand -a wait -d 'Block until containers of all (or specified) services stop.'
complete -c jcompose -n __fish_use_subcommand -a cp -d 'Copy files/folders between a service container and the local filesystem'
complete -c jcompose -n __fish_use_subcommand -a commit -d 'Create a new image from a service container\'s changes'
complete -c jcompose -n __fish_use_subcommand -a export -d 'Export a service container\'s filesystem as a tar archive'
complete -c jcompose -n __fish_use_subcommand -a graph -d 'Show the service dependency graph'
complete -c jcompose -n __fish_use_subcommand -a doctor -d 'Check what the project needs before up: engine, images, ports, files, variables'
complete -c jcompose -n __fish_use_subcommand -a watch -d 'Watch the build context and sync, restart or rebuild services when files change'
complete -c jcompose -n __fish_use_subcommand -a build -d 'Build or rebuild services'
complete -c jcompose -n __fish_use_subcommand -a pull -d 'Pull service images'
complete -c jcompose -n __fish_use_subcommand -a push -d 'Push service images'
complete -c jcompose -n __fish_use_subcommand -a images -d 'List images used by the created containers'
complete -c jcompose -n __fish_use_subcommand -a volumes -d 'List volumes'
complete -c jcompose -n __fish_use_subcommand -a events -d 'Receive real time events from containers'
complete -c jcompose -n __fish_use_subcommand -a ls -d 'List running compose projects'
complete -c jcompose -n __fish_use_subcommand -a scale -d 'Scale services'
complete -c jcompose -n __fish_use_subcommand -a stats -d 'Display a live stream of container(s) resource usage statistics'
complete -c jcompose -n __fish_use_subcommand -a rollout -d 'Redeploy services behind their front proxy without downtime'
complete -c jcompose -n __fish_use_subcommand -a rollback -d 'Return a service behind a front to its previous generation'
complete -c jcompose -n __fish_use_subcommand -a version -d 'Show the jcompose version information'
complete -c jcompose -n __fish_use_subcommand -a help -d 'When no COMMAND is given, the usage help for the main command is displayed.'
complete -c jcompose -n __fish_use_subcommand -a shell -d 'Interactive shell for the project: every command, history, tab completion'

# config
complete -c jcompose -n '__fish_seen_subcommand_from config' -l format -x -a 'yaml json' -d 'Format the output. Values: [yaml, json] (default "yaml")'
complete -c jcompose -n '__fish_seen_subcommand_from config' -s q -l quiet -d 'Only validate the configuration, don\'t print anything'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l no-interpolate -d 'Don\'t interpolate environment variables'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l no-normalize -d 'Don\'t normalize compose model'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l no-path-resolution -d 'Don\'t resolve file paths'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l resolve-image-digests -d 'Pin image tags to digests (not supported yet)'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l lock-image-digests -d 'Produces an override file with image digests (not supported yet)'
complete -c jcompose -n '__fish_seen_subcommand_from config' -s o -l output -r -F -d 'Save to file (default to stdout)'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l services -d 'Print the service names, one per line'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l volumes -d 'Print the volume names, one per line'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l networks -d 'Print the network names, one per line'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l profiles -d 'Print the profile names, one per line'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l images -d 'Print the image names, one per line'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l environment -d 'Print the environment used for interpolation'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l variables -d 'Print model variables and default values'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l hash -x -a '(__jcompose_services)' -d 'Print the service config hash, one per line (* for all, or a comma-separated list)'
complete -c jcompose -n '__fish_seen_subcommand_from config' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from config' -l dry-run -d 'Execute command in dry run mode'

# up
complete -c jcompose -n '__fish_seen_subcommand_from up' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from up' -s d -l detach -d 'Detached mode: run containers in the background'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l quiet-pull -d 'Pull without printing progress information'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l quiet-build -d 'Suppress the build output'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l always-recreate-deps -d 'Recreate dependent containers. Incompatible with --no-recreate'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-deps -d 'Don\'t start linked services'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l scale -x -a '(__jcompose_services)=' -d 'Scale SERVICE to NUM instances (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l wait -d 'Wait for services to be running|healthy. Implies detached mode'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l wait-timeout -x -d 'Maximum duration to wait for the project to be running|healthy'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l abort-on-container-exit -d 'Stops all containers if any container was stopped'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l abort-on-container-failure -d 'Stops all containers if any container exited with failure'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l exit-code-from -x -a '(__jcompose_services)' -d 'Return the exit code of the selected service container'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l attach -x -a '(__jcompose_services)' -d 'Restrict attaching to the specified services (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-attach -x -a '(__jcompose_services)' -d 'Do not attach (stream logs) to the specified services (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l attach-dependencies -d 'Automatically attach to log output of dependent services'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l timestamps -d 'Show timestamps'
complete -c jcompose -n '__fish_seen_subcommand_from up' -s t -l timeout -x -d 'Timeout in seconds for container shutdown'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-start -d 'Don\'t start the services after creating them'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-color -d 'Produce monochrome output'
complete -c jcompose -n '__fish_seen_subcommand_from up' -s V -l renew-anon-volumes -d 'Recreate anonymous volumes instead of retrieving data from the previous containers'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l build -d 'Build images before starting containers'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l pull -x -a 'always missing never build' -d 'Pull image before running (always|missing|never|build); without it each service\'s pull_policy'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l force-recreate -d 'Recreate containers even if their configuration hasn\'t changed'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c jcompose -n '__fish_seen_subcommand_from up' -s y -l yes -d 'Assume "yes" as answer to all prompts and run non-interactively'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c jcompose -n '__fish_seen_subcommand_from up' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from up' -a '(__jcompose_services)'

# down
complete -c jcompose -n '__fish_seen_subcommand_from down' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from down' -s v -l volumes -d 'Remove named volumes declared in the "volumes" section and anonymous volumes attached to containers'
complete -c jcompose -n '__fish_seen_subcommand_from down' -l rmi -x -a 'none local all' -d 'Remove images used by services: "local" (those without a custom tag) or "all"'
complete -c jcompose -n '__fish_seen_subcommand_from down' -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c jcompose -n '__fish_seen_subcommand_from down' -s t -l timeout -x -d 'Shutdown timeout in seconds'
complete -c jcompose -n '__fish_seen_subcommand_from down' -l dry-run -d 'Execute command in dry run mode'

# ps
complete -c jcompose -n '__fish_seen_subcommand_from ps' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -s a -l all -d 'Show all stopped containers'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -s q -l quiet -d 'Only display IDs'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l services -d 'Display services'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l status -x -d 'Filter services by status (paused, restarting, removing, running, dead, created, exited); repeatable'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l format -x -d 'Format the output: table (default), json, raw, or a Go template such as {{.Name}}\\t{{.State}} (table TEMPLATE adds a header)'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l orphans -d 'Include orphaned services (not declared by project) (default true)'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l no-trunc -d 'Don\'t truncate output'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l filter -x -d 'Filter services by a property (supported filters: status)'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from ps' -a '(__jcompose_services)'

# logs
complete -c jcompose -n '__fish_seen_subcommand_from logs' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -s f -l follow -d 'Follow log output'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -s n -l tail -x -d 'Number of lines to show from the end of the logs for each container (default "all")'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -s t -l timestamps -d 'Show timestamps'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l since -x -d 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l until -x -d 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l front -d 'Include the front proxies of services that roll out without downtime'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l no-color -d 'Produce monochrome output'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l index -x -d 'index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from logs' -a '(__jcompose_services)'

# create
complete -c jcompose -n '__fish_seen_subcommand_from create' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l build -d 'Build images before starting containers'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l pull -x -a 'always missing never build' -d 'Pull image before running (always|missing|never|build); without it each service\'s pull_policy'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l force-recreate -d 'Recreate containers even if their configuration hasn\'t changed'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c jcompose -n '__fish_seen_subcommand_from create' -s y -l yes -d 'Assume "yes" as answer to all prompts and run non-interactively'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c jcompose -n '__fish_seen_subcommand_from create' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from create' -a '(__jcompose_services)'

# start
complete -c jcompose -n '__fish_seen_subcommand_from start' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from start' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from start' -a '(__jcompose_services)'

# stop
complete -c jcompose -n '__fish_seen_subcommand_from stop' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from stop' -s t -l timeout -x -d 'Specify a shutdown timeout in seconds'
complete -c jcompose -n '__fish_seen_subcommand_from stop' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from stop' -a '(__jcompose_services)'

# restart
complete -c jcompose -n '__fish_seen_subcommand_from restart' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from restart' -s t -l timeout -x -d 'Specify a shutdown timeout in seconds'
complete -c jcompose -n '__fish_seen_subcommand_from restart' -l no-deps -d 'Don\'t restart dependent services'
complete -c jcompose -n '__fish_seen_subcommand_from restart' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from restart' -a '(__jcompose_services)'

# rm
complete -c jcompose -n '__fish_seen_subcommand_from rm' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from rm' -s f -l force -d 'Don\'t ask to confirm removal'
complete -c jcompose -n '__fish_seen_subcommand_from rm' -s s -l stop -d 'Stop the containers, if required, before removing'
complete -c jcompose -n '__fish_seen_subcommand_from rm' -s v -l volumes -d 'Remove any anonymous volumes attached to containers'
complete -c jcompose -n '__fish_seen_subcommand_from rm' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from rm' -a '(__jcompose_services)'

# exec
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s d -l detach -d 'Detached mode: Run command in the background'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s e -l env -x -d 'Set environment variables (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -l privileged -d 'Give extended privileges to the process'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s u -l user -x -d 'Run the command as this user'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s T -l no-TTY -l no-tty -d 'Disable pseudo-TTY allocation. By default \'jcompose exec\' allocates a TTY on a terminal'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -s w -l workdir -x -d 'Path to workdir directory for this command'
complete -c jcompose -n '__fish_seen_subcommand_from exec' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from exec; and __jcompose_no_argument_after exec' -a '(__jcompose_services)'

# attach
complete -c jcompose -n '__fish_seen_subcommand_from attach' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from attach' -l detach-keys -x -d 'Override the key sequence for detaching from a container'
complete -c jcompose -n '__fish_seen_subcommand_from attach' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from attach' -l no-stdin -d 'Do not attach STDIN'
complete -c jcompose -n '__fish_seen_subcommand_from attach' -l sig-proxy -d 'Proxy all received signals to the process (default true)'
complete -c jcompose -n '__fish_seen_subcommand_from attach' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from attach; and __jcompose_no_argument_after attach' -a '(__jcompose_services)'

# run
complete -c jcompose -n '__fish_seen_subcommand_from run' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s d -l detach -d 'Run container in background and print container ID'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s e -l env -x -d 'Set environment variables (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l env-from-file -r -F -d 'Set environment variables from file (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s l -l label -l labels -x -d 'Add or override a label (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l rm -d 'Automatically remove the container when it exits'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s T -l no-TTY -l no-tty -d 'Disable pseudo-TTY allocation (default: auto-detected)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l name -x -d 'Assign a name to the container'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s u -l user -x -d 'Run as specified username or uid'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s w -l workdir -x -d 'Working directory inside the container'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l entrypoint -x -d 'Override the entrypoint of the image'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l no-deps -d 'Don\'t start linked services'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s v -l volume -l volumes -x -d 'Bind mount a volume (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s p -l publish -x -d 'Publish a container\'s port(s) to the host (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l use-aliases -d 'Use the service\'s network aliases in the network(s) the container connects to'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s P -l service-ports -d 'Run command with all service\'s ports enabled and mapped to the host'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l pull -x -a 'always missing never build' -d 'Pull image before running (always|missing|never|build)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l build -d 'Build image before starting container'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l cap-add -x -d 'Add Linux capabilities (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l cap-drop -x -d 'Drop Linux capabilities (repeatable)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s q -l quiet -d 'Don\'t print progress: only the container\'s output'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l quiet-pull -d 'Pull without printing progress information'
complete -c jcompose -n '__fish_seen_subcommand_from run' -s i -l interactive -d 'Keep STDIN open even if not attached (default true)'
complete -c jcompose -n '__fish_seen_subcommand_from run' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from run; and __jcompose_no_argument_after run' -a '(__jcompose_services)'

# kill
complete -c jcompose -n '__fish_seen_subcommand_from kill' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from kill' -s s -l signal -x -d 'SIGNAL to send to the container (default "SIGKILL")'
complete -c jcompose -n '__fish_seen_subcommand_from kill' -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c jcompose -n '__fish_seen_subcommand_from kill' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from kill' -a '(__jcompose_services)'

# pause
complete -c jcompose -n '__fish_seen_subcommand_from pause' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from pause' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from pause' -a '(__jcompose_services)'

# unpause
complete -c jcompose -n '__fish_seen_subcommand_from unpause' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from unpause' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from unpause' -a '(__jcompose_services)'

# top
complete -c jcompose -n '__fish_seen_subcommand_from top' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from top' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from top' -a '(__jcompose_services)'

# port
complete -c jcompose -n '__fish_seen_subcommand_from port' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from port' -l protocol -x -d 'tcp or udp (default "tcp")'
complete -c jcompose -n '__fish_seen_subcommand_from port' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from port' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from port; and __jcompose_no_argument_after port' -a '(__jcompose_services)'

# wait
complete -c jcompose -n '__fish_seen_subcommand_from wait' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from wait' -l down-project -d 'Drops project when the first container stops'
complete -c jcompose -n '__fish_seen_subcommand_from wait' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from wait' -a '(__jcompose_services)'

# cp
complete -c jcompose -n '__fish_seen_subcommand_from cp' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from cp' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from cp' -l all -d 'Include containers created by the run command'
complete -c jcompose -n '__fish_seen_subcommand_from cp' -s L -l follow-link -d 'Always follow symbol link in SRC_PATH'
complete -c jcompose -n '__fish_seen_subcommand_from cp' -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c jcompose -n '__fish_seen_subcommand_from cp' -l dry-run -d 'Execute command in dry run mode'

# commit
complete -c jcompose -n '__fish_seen_subcommand_from commit' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -s a -l author -x -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -s c -l change -x -d 'Apply Dockerfile instruction to the created image'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -s m -l message -x -d 'Commit message'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -s p -l pause -d 'Pause container during commit (default true)'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from commit' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from commit; and __jcompose_no_argument_after commit' -a '(__jcompose_services)'

# export
complete -c jcompose -n '__fish_seen_subcommand_from export' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from export' -s o -l output -r -F -d 'Write to a file, instead of STDOUT'
complete -c jcompose -n '__fish_seen_subcommand_from export' -l index -x -d 'Index of the container if service has multiple replicas'
complete -c jcompose -n '__fish_seen_subcommand_from export' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from export; and __jcompose_no_argument_after export' -a '(__jcompose_services)'

# graph
complete -c jcompose -n '__fish_seen_subcommand_from graph' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from graph' -l format -x -a 'text dot mermaid' -d 'Output format: text, dot, mermaid (default "text")'
complete -c jcompose -n '__fish_seen_subcommand_from graph' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from graph' -a '(__jcompose_services)'

# doctor
complete -c jcompose -n '__fish_seen_subcommand_from doctor' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from doctor' -l dry-run -d 'Execute command in dry run mode'

# watch
complete -c jcompose -n '__fish_seen_subcommand_from watch' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from watch' -l no-up -d 'Do not build and start the services before watching'
complete -c jcompose -n '__fish_seen_subcommand_from watch' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from watch' -a '(__jcompose_services)'

# build
complete -c jcompose -n '__fish_seen_subcommand_from build' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from build' -s q -l quiet -d 'Don\'t print anything to STDOUT'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l pull -d 'Always attempt to pull a newer version of the image'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l push -d 'Push service images'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l no-cache -d 'Do not use cache when building the image'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l build-arg -x -d 'Set build-time variables for services (repeatable; KEY alone takes it from the environment)'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l with-dependencies -d 'Also build dependencies (transitively)'
complete -c jcompose -n '__fish_seen_subcommand_from build' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from build' -a '(__jcompose_services)'

# pull
complete -c jcompose -n '__fish_seen_subcommand_from pull' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -s q -l quiet -d 'Pull without printing progress information'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -l ignore-pull-failures -d 'Pull what it can and ignores images with pull failures'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -l ignore-buildable -d 'Ignore images that can be built'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -l include-deps -d 'Also pull services declared as dependencies'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -l policy -x -d 'Apply pull policy ("missing"|"always")'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from pull' -a '(__jcompose_services)'

# push
complete -c jcompose -n '__fish_seen_subcommand_from push' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from push' -l ignore-push-failures -d 'Push what it can and ignores images with push failures'
complete -c jcompose -n '__fish_seen_subcommand_from push' -l include-deps -d 'Also push images of services declared as dependencies'
complete -c jcompose -n '__fish_seen_subcommand_from push' -s q -l quiet -d 'Push without printing progress information'
complete -c jcompose -n '__fish_seen_subcommand_from push' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from push' -a '(__jcompose_services)'

# images
complete -c jcompose -n '__fish_seen_subcommand_from images' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from images' -l format -x -d 'Format the output. Values: [table | json]'
complete -c jcompose -n '__fish_seen_subcommand_from images' -s q -l quiet -d 'Only display IDs'
complete -c jcompose -n '__fish_seen_subcommand_from images' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from images' -a '(__jcompose_services)'

# volumes
complete -c jcompose -n '__fish_seen_subcommand_from volumes' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from volumes' -l format -x -d 'table (default), table TEMPLATE, json, or a TEMPLATE such as {{.Name}}'
complete -c jcompose -n '__fish_seen_subcommand_from volumes' -s q -l quiet -d 'Only display volume names'
complete -c jcompose -n '__fish_seen_subcommand_from volumes' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from volumes' -a '(__jcompose_services)'

# events
complete -c jcompose -n '__fish_seen_subcommand_from events' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from events' -l json -d 'Output events as a stream of json objects'
complete -c jcompose -n '__fish_seen_subcommand_from events' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from events' -a '(__jcompose_services)'

# ls
complete -c jcompose -n '__fish_seen_subcommand_from ls' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from ls' -s a -l all -d 'Show all stopped Compose projects'
complete -c jcompose -n '__fish_seen_subcommand_from ls' -l format -x -d 'Format the output. Values: [table | json]'
complete -c jcompose -n '__fish_seen_subcommand_from ls' -s q -l quiet -d 'Only display project names'
complete -c jcompose -n '__fish_seen_subcommand_from ls' -l filter -x -d 'Filter output based on conditions provided (name=...)'
complete -c jcompose -n '__fish_seen_subcommand_from ls' -l dry-run -d 'Execute command in dry run mode'

# scale
complete -c jcompose -n '__fish_seen_subcommand_from scale' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from scale' -l no-deps -d 'Don\'t start linked services'
complete -c jcompose -n '__fish_seen_subcommand_from scale' -l dry-run -d 'Execute command in dry run mode'

# stats
complete -c jcompose -n '__fish_seen_subcommand_from stats' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from stats' -s a -l all -d 'Show all containers (default shows just running)'
complete -c jcompose -n '__fish_seen_subcommand_from stats' -l format -x -d 'table (default), table TEMPLATE, json, or a TEMPLATE such as {{.Name}}: {{.CPUPerc}}'
complete -c jcompose -n '__fish_seen_subcommand_from stats' -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c jcompose -n '__fish_seen_subcommand_from stats' -l no-trunc -d 'Do not truncate output'
complete -c jcompose -n '__fish_seen_subcommand_from stats' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from stats; and __jcompose_no_argument_after stats' -a '(__jcompose_services)'

# rollout
complete -c jcompose -n '__fish_seen_subcommand_from rollout' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from rollout' -l status -d 'Show each front, the generation it serves and its replicas'
complete -c jcompose -n '__fish_seen_subcommand_from rollout' -l force -d 'Replace every replica, also those that match the files'
complete -c jcompose -n '__fish_seen_subcommand_from rollout' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from rollout' -a '(__jcompose_services)'

# rollback
complete -c jcompose -n '__fish_seen_subcommand_from rollback' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from rollback' -l dry-run -d 'Execute command in dry run mode'
complete -c jcompose -n '__fish_seen_subcommand_from rollback; and __jcompose_no_argument_after rollback' -a '(__jcompose_services)'

# version
complete -c jcompose -n '__fish_seen_subcommand_from version' -s f -l format -x -a 'pretty json' -d 'Format the output. Values: [pretty, json] (default "pretty")'
complete -c jcompose -n '__fish_seen_subcommand_from version' -l short -d 'Shows only the version number'
complete -c jcompose -n '__fish_seen_subcommand_from version' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from version' -l dry-run -d 'Execute command in dry run mode'

# help
complete -c jcompose -n '__fish_seen_subcommand_from help' -s h -l help -d 'Show usage help for the help command and exit.'
complete -c jcompose -n '__fish_seen_subcommand_from help' -l dry-run -d 'Execute command in dry run mode'

# shell
complete -c jcompose -n '__fish_seen_subcommand_from shell' -s h -l help -d 'Show this help'
complete -c jcompose -n '__fish_seen_subcommand_from shell' -l dry-run -d 'Execute command in dry run mode'
