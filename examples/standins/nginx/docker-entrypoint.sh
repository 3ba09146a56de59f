#!/bin/bash
# What the official nginx image's entrypoint does with templates when its command is nginx: each
# /etc/nginx/templates/NAME.template becomes /etc/nginx/conf.d/NAME, with ${VAR} replaced for every VAR set in
# the environment (other $words are nginx's own variables).
set -euo pipefail
if [ "${1:-}" = nginx ]; then
    for template in /etc/nginx/templates/*.template; do
        [ -f "$template" ] || continue
        text=$(<"$template")
        for name in $(compgen -e); do
            text=${text//"\${$name}"/"${!name}"}
        done
        output=/etc/nginx/conf.d/$(basename "$template" .template)
        printf '%s\n' "$text" >"$output"
        echo "$0: rendered $template to $output"
    done
fi
exec "$@"
