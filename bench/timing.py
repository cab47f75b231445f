"""What the bench scripts share: the app wrapped so that each request's own time is kept."""

from __future__ import annotations

import time


class Timed:
    """The app, keeping the time of each request spent in it (WebTest's own work left out)."""

    def __init__(self, app):
        self.app = app
        self.last = 0.0

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        result = self.app(environ, start_response)
        try:
            body = list(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        self.last = time.perf_counter() - started
        return body
