# Shared set-up steps for ./run, ./run-tests and .ci/run (sourced, not run): virtualenv, packages, translations.

# PORTAL_VENV picks another virtualenv: CI starts ./run from one built from requirements.txt alone (.venv-run), so
# that the test requirements cannot hide a package the portal needs.
VENV=${PORTAL_VENV:-.venv}
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# apt-get needs root: run it directly as root (CI), through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "'$*' needs root; run it as root once, then retry"
    fi
}

apt_install() {
    say "Installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null \
        || die "could not install $* with apt-get"
}

ensure_venv() {
    if [ ! -x "$PY" ]; then
        command -v python3.11 >/dev/null || die "python3.11 is needed to create $VENV"
        say "Creating $VENV (python3.11)"
        python3.11 -m venv "$VENV" || die "could not create $VENV"
    fi
}

# pip is slow even when there is nothing to do, so remember what was installed: a hash of the
# requirement files, kept inside the venv, skips the step until one of them changes.
install_requirements() {
    local file=$1 stamp="$VENV/.installed-$1" digest
    digest=$(cat "$file" requirements.txt | sha256sum | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
        say "Installing Python packages from $file (slow the first time)"
        "$PY" -m pip install --disable-pip-version-check -q -r "$file" || die "pip could not install $file"
        echo "$digest" >"$stamp"
    fi
}

# SQLite's default database, uploads and Celery's queue live here (PORTAL_VAR_DIR); SQLite will not make the folder.
ensure_var_dir() {
    mkdir -p "${PORTAL_VAR_DIR:-var}"
}

compile_messages() {
    command -v msgfmt >/dev/null || apt_install gettext
    say "Compiling translations"
    # Without --ignore, compilemessages walks every venv here looking for catalogues.
    "$PY" manage.py compilemessages --ignore="$VENV" --ignore='.venv*' --ignore=var --ignore=node_modules -v 0
}
