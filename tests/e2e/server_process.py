"""Starts the built matchmaker_server binary on a free loopback port with a given data dir.

Shared by the end-to-end tests. The server prints "listening on HOST:PORT" on stderr once it
serves; we read the real port from that line (it was started with port 0).
"""

import os
import re
import signal
import subprocess
import threading
import time

_LISTENING = re.compile(r"listening on (\S+:\d+)")


class ServerProcess:
    def __init__(self, binary, data_dir, extra_args=()):
        self.binary = binary
        self.data_dir = data_dir
        self.extra_args = list(extra_args)
        self.proc = None
        self.address = None
        self.log_lines = []

    def start(self, timeout=30.0):
        self.proc = subprocess.Popen(
            [self.binary, "--listen=127.0.0.1:0", f"--data_dir={self.data_dir}",
             *self.extra_args],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        found = threading.Event()

        def pump():
            for line in self.proc.stderr:
                self.log_lines.append(line.rstrip("\n"))
                match = _LISTENING.search(line)
                if match and not found.is_set():
                    self.address = match.group(1)
                    found.set()
            found.set()

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + timeout
        while not found.wait(0.1):
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError("server did not start:\n" + self.log())
        if self.address is None:
            raise RuntimeError("server exited before listening:\n" + self.log())
        return self.address

    def stop(self, timeout=30.0):
        """Graceful stop with SIGTERM; returns the exit code."""
        if self.proc is None:
            return None
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        self.proc = None
        return code

    def kill(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def log(self):
        return "\n".join(self.log_lines[-50:])
