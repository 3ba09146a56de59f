#!/usr/bin/env bash
# Runs the image registry the registry tests (RegistryE2ETest) pull from and push to, on this Debian machine (as
# root): Debian's docker-registry (the CNCF distribution registry) on 127.0.0.1:47500, plain HTTP (the engine
# treats 127.0.0.0/8 as an insecure registry by default), htpasswd auth with the user jctest (password
# jctest-secret), storage in a directory of its own. Not through systemd, which need not run here: a background
# process with a pid file. Idempotent: installs only what is missing, starts the registry only when it does not answer.
set -euo pipefail

port=47500
user=jctest
password=jctest-secret
home=/var/lib/jcompose-test-registry
pidfile=$home/registry.pid

# "HTTP/1.x 401": the registry answers and asks for credentials. Plain bash, as a fresh machine may have no curl.
answers() {
  local status
  status=$( (exec 3<>/dev/tcp/127.0.0.1/$port &&
    printf 'GET /v2/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -n 1 <&3) 2>/dev/null) || return 1
  [[ $status == HTTP/1.?\ 401* ]]
}

answers && exit 0

missing=()
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  # The package starts its own registry (all interfaces, port 5000) where an init system lets it; not wanted here.
  if [[ " ${missing[*]} " == *" docker-registry "* && -f /var/run/docker-registry.pid ]]; then
    start-stop-daemon --stop --oknodo --pidfile /var/run/docker-registry.pid >/dev/null
  fi
fi

# A registry of ours that no longer answers is replaced.
if [[ -f $pidfile ]]; then
  kill "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
fi

mkdir -p "$home/storage"
htpasswd -Bbc "$home/htpasswd" "$user" "$password" 2>/dev/null
cat >"$home/config.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $home/storage
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
auth:
  htpasswd:
    realm: jcompose-test-registry
    path: $home/htpasswd
EOF

nohup docker-registry serve "$home/config.yml" >"$home/registry.log" 2>&1 </dev/null &
echo $! >"$pidfile"
for _ in $(seq 1 30); do
  answers && exit 0
  sleep 1
done
echo "error: the test registry did not answer on 127.0.0.1:$port within 30 s; see $home/registry.log" >&2
tail -n 20 "$home/registry.log" >&2 || true
exit 1
