# Installs what the local stack needs, only when missing; sourced, never run.
# shellcheck shell=bash

# Bump a pin here and the venv is rebuilt on the next run.
ROLEFERRY_PYTHON_TOOLS=(
  "moto[server]==5.2.5"
  "cargo-lambda==1.9.2"
  "cfn-lint==1.58.0"
  "aws-sam-cli==1.170.0"
)

ensure_system_packages() {
  local missing=()
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  # dnsmasq-base is the binary without the system service that would take port 53.
  [[ -x /usr/sbin/dnsmasq ]] || missing+=(dnsmasq-base)
  /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
  command -v curl >/dev/null || missing+=(curl)
  command -v runuser >/dev/null || missing+=(util-linux)
  ((${#missing[@]} == 0)) && return 0
  [[ $EUID -eq 0 ]] || die "missing Debian packages: ${missing[*]}; install them as root"
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_python_tools() {
  local stamp="$ROLEFERRY_VENV/.roleferry-pins" wanted
  wanted="$(printf '%s\n' "${ROLEFERRY_PYTHON_TOOLS[@]}")"
  if [[ -f $stamp && "$(cat "$stamp")" == "$wanted" ]]; then
    return 0
  fi
  log "installing ${ROLEFERRY_PYTHON_TOOLS[*]} into $ROLEFERRY_VENV"
  rm -rf "$ROLEFERRY_VENV"
  mkdir -p "$ROLEFERRY_CACHE"
  /usr/bin/python3 -m venv "$ROLEFERRY_VENV"
  "$ROLEFERRY_VENV/bin/pip" install -q --disable-pip-version-check --upgrade pip
  "$ROLEFERRY_VENV/bin/pip" install -q --disable-pip-version-check "${ROLEFERRY_PYTHON_TOOLS[@]}"
  printf '%s\n' "$wanted" >"$stamp"
}

ensure_tools() {
  ensure_system_packages
  ensure_python_tools
  PG_BIN="$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)"
  export PATH="$PG_BIN:$PATH"
}
