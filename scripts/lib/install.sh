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

# The API fuzzer gets a venv of its own: its pins and the SAM CLI's would constrain each other.
ROLEFERRY_FUZZ_TOOLS=(
  "schemathesis==4.32.5"
)

# ensure_venv DIR PACKAGE...: a venv with exactly these pins, rebuilt when they change.
ensure_venv() {
  local venv=$1 stamp wanted
  shift
  stamp="$venv/.roleferry-pins"
  wanted="$(printf '%s\n' "$@")"
  if [[ -f $stamp && "$(cat "$stamp")" == "$wanted" ]]; then
    return 0
  fi
  log "installing $* into $venv"
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --upgrade pip
  "$venv/bin/pip" install -q --disable-pip-version-check "$@"
  printf '%s\n' "$wanted" >"$stamp"
}

ensure_python_tools() {
  ensure_venv "$ROLEFERRY_VENV" "${ROLEFERRY_PYTHON_TOOLS[@]}"
}

ensure_fuzz_tools() {
  ensure_venv "$ROLEFERRY_FUZZ_VENV" "${ROLEFERRY_FUZZ_TOOLS[@]}"
}

ensure_tools() {
  ensure_system_packages
  ensure_python_tools
  PG_BIN="$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)"
  export PATH="$PG_BIN:$PATH"
}
