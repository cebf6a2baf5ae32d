"""From the wheel: the extra named when missing, Chromium checked at start, typed options, node found or
installed, and ``examples/quickstart.py`` (node execute included) in a fresh venv outside the repo."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

import pytest
from firecrawl_sdk.testing import AsyncLocalInteractServer, ChromiumNotFound, LocalInteractServer, _node

REPO = Path(__file__).resolve().parents[2]
AGENT_BROWSER = """
import quickstart
from firecrawl_sdk import Firecrawl
from firecrawl_sdk.testing import LocalInteractServer

with quickstart.serve_page() as url, LocalInteractServer() as server:
    with Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc:
        with fc.interact.session(ttl=60, stream_web_view=False) as session:
            fc.interact.execute(session.id, f"agent-browser open {url}", language="bash")
            print(fc.interact.execute(session.id, "agent-browser get title", language="bash").stdout)
"""


def test_importing_without_the_extra_names_it() -> None:
    code = "import sys; sys.modules['uvicorn'] = None; import firecrawl_sdk.testing"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "ImportError: firecrawl_sdk.testing needs the extra `local`" in done.stderr
    assert "pip install 'firecrawl-sdk[local]'" in done.stderr


def test_a_missing_chromium_fails_at_start_saying_how_to_install_it(tmp_path: Path) -> None:
    server = LocalInteractServer(state_dir=tmp_path, chromium=str(tmp_path / "no-chromium"))
    with pytest.raises(ChromiumNotFound, match="apt-get install chromium"):
        server.start()
    done = subprocess.run(
        [sys.executable, "-m", "firecrawl_sdk.testing", "serve", "--chromium", str(tmp_path / "nope")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "apt-get install chromium" in done.stderr and "Traceback" not in done.stderr


def test_the_cli_flag_and_the_keyword_share_one_name_and_options_are_typed() -> None:
    for cls in (LocalInteractServer, AsyncLocalInteractServer):
        parameters = inspect.signature(cls).parameters
        assert "chromium" in parameters and "chromium_path" not in parameters
        assert all(p.kind is not inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    with pytest.raises(TypeError):
        LocalInteractServer(chromium_path="/usr/bin/chromium")  # type: ignore[call-arg]
    done = subprocess.run(
        [sys.executable, "-m", "firecrawl_sdk.testing", "serve", "--help"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "--chromium " in done.stdout


def test_the_pinned_node_packages_match_package_json() -> None:
    declared = json.loads((REPO / "package.json").read_text())["devDependencies"]
    assert {name: declared[name] for name in _node.PACKAGES} == _node.PACKAGES


def test_node_packages_are_looked_for_then_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIRECRAWL_LOCAL_NODE_MODULES", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    assert _node.cache_dir() == tmp_path / "cache" / "firecrawl-sdk" / "node"
    found = _node.find()
    assert found == REPO / "node_modules" or found == _node.cache_dir() / "node_modules"
    monkeypatch.setenv("FIRECRAWL_LOCAL_NODE_MODULES", str(tmp_path / "elsewhere"))
    assert _node.find() == tmp_path / "elsewhere"  # named but empty: used (and reported missing)


@pytest.mark.chromium
def test_the_quickstart_runs_from_the_wheel_in_a_fresh_venv(tmp_path: Path) -> None:
    """The built wheel with ``[local]`` in a venv outside the repo; playwright-core installed by npm."""
    started = time.monotonic()
    wheels = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels),
         str(REPO)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    wheel = next(wheels.glob("firecrawl_sdk-*.whl"))
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"{wheel}[local]"], check=True, capture_output=True,
        timeout=600,
    )  # fmt: skip
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = work / "quickstart.py"
    script.write_text((REPO / "examples" / "quickstart.py").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIRECRAWL_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), QUICKSTART_SCREENSHOT=str(work / "shot.png"))
    done = subprocess.run(
        [str(python), str(script)], cwd=work, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "execute node   -> result" in done.stdout and "(exit code 0)" in done.stdout
    assert "quickstart OK" in done.stdout
    assert str(REPO) not in done.stdout + done.stderr  # nothing came from the checkout
    bash = subprocess.run(
        [str(python), "-c", AGENT_BROWSER], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )
    assert bash.returncode == 0 and bash.stdout.strip() == "Firecrawl quickstart page", bash.stderr
    again = subprocess.run(
        [str(python), "-m", "firecrawl_sdk.testing", "install-node"], cwd=work, env=env, capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == str(tmp_path / "cache" / "firecrawl-sdk" / "node" / "node_modules")
    print(f"wheel -> fresh venv -> quickstart with node execute: {time.monotonic() - started:.1f} s")
