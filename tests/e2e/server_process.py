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

    @property
    def admin_key_file(self):
        """Where the server wrote its bootstrap admin key (docs/security.md)."""
        return os.path.join(self.data_dir, "admin.key")

    def admin_key(self):
        with open(self.admin_key_file) as f:
            return f.read().strip()


def authenticated_channel(grpc, address, api_key):
    """An insecure channel whose every call (unary and streaming) carries
    `authorization: Bearer <api_key>`; no header when api_key is empty."""

    class _Bearer(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor,
                  grpc.StreamUnaryClientInterceptor, grpc.StreamStreamClientInterceptor):
        def _with_key(self, details):
            metadata = list(details.metadata or [])
            if api_key:
                metadata.append(("authorization", "Bearer " + api_key))
            return details._replace(metadata=metadata) if hasattr(details, "_replace") else \
                _Details(details.method, details.timeout, metadata, details.credentials,
                         getattr(details, "wait_for_ready", None),
                         getattr(details, "compression", None))

        def intercept_unary_unary(self, continuation, details, request):
            return continuation(self._with_key(details), request)

        def intercept_unary_stream(self, continuation, details, request):
            return continuation(self._with_key(details), request)

        def intercept_stream_unary(self, continuation, details, request_iterator):
            return continuation(self._with_key(details), request_iterator)

        def intercept_stream_stream(self, continuation, details, request_iterator):
            return continuation(self._with_key(details), request_iterator)

    import collections

    class _Details(collections.namedtuple(
            "_Details", ("method", "timeout", "metadata", "credentials", "wait_for_ready",
                         "compression")), grpc.ClientCallDetails):
        pass

    raw = grpc.insecure_channel(address)
    return raw, grpc.intercept_channel(raw, _Bearer())
