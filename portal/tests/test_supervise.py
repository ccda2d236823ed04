"""./run's supervisor (scripts/supervise.sh): a worker or beat that dies is started again, after a growing pause.

The whole of ./run (web server, worker and beat; SIGKILL of each) is started for real by CI (.ci/run).
"""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def supervise(tmp_path):
    """Start `supervise NAME COMMAND` as ./run does, in the background; TERM it at the end as ./run does."""
    started = []

    def start(*command, **env):
        script = 'set -euo pipefail; . scripts/setup.sh; . scripts/supervise.sh; supervise "$@"'
        process = subprocess.Popen(
            ["bash", "-c", script, "supervise", *command],
            cwd=BASE_DIR,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds} s"
        time.sleep(0.05)


def lines(path):
    return path.read_text().split() if path.exists() else []


def stop(process):
    """TERM the supervisor as ./run does and return what it printed."""
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=10)
    return output


def test_a_process_that_dies_is_started_again_after_a_pause_that_doubles(supervise, tmp_path):
    starts = tmp_path / "starts"
    process = supervise("worker", "sh", "-c", f"date +%s.%N >> {starts}; exit 3", RESTART_DELAY_SECONDS="1")

    wait_for(lambda: len(lines(starts)) >= 3, 10)
    output = stop(process)

    first, second, third = (float(line) for line in lines(starts)[:3])
    assert 1 <= second - first < 1.9
    assert 2 <= third - second < 2.9
    assert "worker stopped (exit status 3); starting it again in 1s" in output
    assert "worker stopped (exit status 3); starting it again in 2s" in output


def test_term_stops_the_running_process_with_its_whole_group_and_the_loop(supervise, tmp_path):
    pids = tmp_path / "pids"
    # A parent and its child, as runserver's reloader or a Celery worker with its pool: both must go.
    process = supervise("beat", "sh", "-c", f"sleep 300 & echo $$ $! > {pids}; wait")

    wait_for(lambda: len(lines(pids)) == 2, 10)
    stop(process)

    for pid in map(int, lines(pids)):
        wait_for(lambda pid=pid: not Path(f"/proc/{pid}").exists(), 5)
    assert process.returncode == 0
