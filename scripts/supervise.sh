# Keeps a background process of ./run alive (sourced, not run): a Celery worker or beat that dies is started again
# instead of taking the web server down with it or staying dead.

# supervise NAME COMMAND...: run COMMAND in its own process group and start it again each time it exits, after a
# pause of RESTART_DELAY_SECONDS that doubles with each quick failure up to RESTART_DELAY_MAX_SECONDS (a run that
# lasted longer than the longest pause starts the count over). TERM stops COMMAND's whole group, then the loop.
# Meant to run in the background: `supervise worker celery … &`, stopped with `kill -TERM $!`.
supervise() {
    local name=$1 first=${RESTART_DELAY_SECONDS:-1} longest=${RESTART_DELAY_MAX_SECONDS:-60}
    local delay child="" pause="" rc started
    shift
    delay=$first
    # Ctrl-C reaches ./run, which stops this loop with TERM; a group of its own keeps COMMAND from Ctrl-C too.
    trap '' INT
    trap '[ -z "$pause" ] || kill "$pause" 2>/dev/null
          [ -z "$child" ] || { kill -TERM -- "-$child" 2>/dev/null; wait "$child" || true; }
          exit 0' TERM
    while true; do
        started=$SECONDS
        setsid "$@" &
        child=$!
        rc=0
        wait "$child" || rc=$?
        child=""
        [ $((SECONDS - started)) -le "$longest" ] || delay=$first
        say "$name stopped (exit status $rc); starting it again in ${delay}s"
        sleep "$delay" &
        pause=$!
        wait "$pause" || true
        pause=""
        delay=$((delay * 2 > longest ? longest : delay * 2))
    done
}
