"""Suite-wide: every test uses SENTINEL_API_KEY, and nothing may ever show it.

The suite runs with all logging at DEBUG (pyproject: log_level). A handler on the
root logger sees every record; each test report (exception text, captured
stdout/stderr/log) is scanned too. If the sentinel appears anywhere, the session
fails and the offending places are listed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"
if str(TOOLS) not in sys.path:  # build_spec, spec_diff, ...: the spec-derived expectations use them
    sys.path.insert(0, str(TOOLS))

SENTINEL_API_KEY = "fc-SENTINEL-7f3a9c1e-never-shown"


class _SecretSweep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records = 0
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        text = self.format(record)
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        if SENTINEL_API_KEY in text:
            self.leaks.append(f"log {record.name}: {text[:200]}")


_SWEEP = _SecretSweep()
_REPORTS = [0]


def pytest_configure(config: pytest.Config) -> None:
    root = logging.getLogger()
    root.addHandler(_SWEEP)
    root.setLevel(logging.DEBUG)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _REPORTS[0] += 1
    texts = [str(report.longrepr or "")] + [content for _, content in report.sections]
    for text in texts:
        if SENTINEL_API_KEY in text:
            _SWEEP.leaks.append(f"{report.nodeid} ({report.when}): {text[:200]}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _SWEEP.leaks and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(
        f"secrets sweep: {_SWEEP.records} log records at DEBUG and {_REPORTS[0]} test reports scanned, "
        f"{len(_SWEEP.leaks)} sentinel API key leaks"
    )
    for leak in _SWEEP.leaks:
        terminalreporter.write_line(f"  LEAK {leak}")


@pytest.fixture
def api_key() -> str:
    """The API key every test uses: the sentinel the sweep looks for."""
    return SENTINEL_API_KEY


@pytest.fixture
def sentinel_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """caplog at DEBUG for every logger."""
    with caplog.at_level(logging.DEBUG):
        yield caplog
