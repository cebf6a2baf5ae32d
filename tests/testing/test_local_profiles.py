"""Profiles: a saving session's state is there next time; one saver at a time; readers write nothing."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from firecrawl_sdk import ConflictError, Firecrawl, Profile
from firecrawl_sdk.testing import LocalInteractServer
from firecrawl_sdk.testing._profiles import profile_dir
from playwright.sync_api import Page, sync_playwright

from .conftest import text

pytestmark = pytest.mark.chromium


@contextmanager
def _page(cdp_url: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.connect_over_cdp(cdp_url)
        try:
            yield browser.contexts[0].pages[0]
        finally:
            browser.close()


def _store(page: Page, pages: str, value: str) -> None:
    page.goto(f"{pages}/")
    page.evaluate(
        "v => { document.cookie = `probe=${v}; max-age=3600; path=/`; localStorage.setItem('probe', v); }",
        value,
    )


def _read(page: Page, pages: str) -> tuple[str, str | None]:
    page.goto(f"{pages}/")
    cookie: str = page.evaluate("document.cookie")
    stored: str | None = page.evaluate("localStorage.getItem('probe')")
    return cookie, stored


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_cookies_and_local_storage_persist_to_the_next_session(fc: Firecrawl, pages: str) -> None:
    name = f"persist-{uuid.uuid4().hex[:8]}"
    with (
        fc.interact.session(ttl=60, profile=Profile(name=name, save_changes=True)) as first,
        _page(text(first.cdp_url)) as page,
    ):
        _store(page, pages, "saved-1")
    with fc.interact.session(ttl=60, profile=name) as second, _page(text(second.cdp_url)) as page:
        cookie, stored = _read(page, pages)
    assert "probe=saved-1" in cookie
    assert stored == "saved-1"


def test_a_second_saving_session_on_a_profile_gets_409(fc: Firecrawl) -> None:
    name = f"single-saver-{uuid.uuid4().hex[:8]}"
    with fc.interact.session(ttl=30, stream_web_view=False, profile=name):
        with pytest.raises(ConflictError, match="only one saving session"):
            fc.interact.create(ttl=30, profile=Profile(name=name, save_changes=True))
        reader = fc.interact.create(
            ttl=30, profile=Profile(name=name, save_changes=False)
        )  # readers are fine
        fc.interact.delete(text(reader.id))
    again = fc.interact.create(ttl=30, profile=name)  # the saver ended: the profile is free again
    fc.interact.delete(text(again.id))


def test_a_read_only_session_writes_nothing_back(
    fc: Firecrawl, server: LocalInteractServer, pages: str
) -> None:
    name = f"read-only-{uuid.uuid4().hex[:8]}"
    with fc.interact.session(ttl=60, profile=name) as saver, _page(text(saver.cdp_url)) as page:
        _store(page, pages, "original")
    folder = profile_dir(server.state_dir.resolve(), name)
    before = _snapshot(folder)
    reader_profile = Profile(name=name, save_changes=False)
    with fc.interact.session(ttl=60, profile=reader_profile) as reader, _page(text(reader.cdp_url)) as page:
        assert _read(page, pages)[1] == "original"  # starts from the profile's data
        _store(page, pages, "changed-by-reader")
    assert _snapshot(folder) == before
    with fc.interact.session(ttl=60, profile=reader_profile) as later, _page(text(later.cdp_url)) as page:
        cookie, stored = _read(page, pages)
    assert stored == "original" and "probe=original" in cookie


_LOGIN = """async v => {
  document.cookie = `login=${v}; path=/`;  // no expiry: a session cookie, as most logins are
  localStorage.setItem('login', v);
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('app', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(v, 'login');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}"""
_READ_IDB = """() => new Promise(resolve => {
  const open = indexedDB.open('app', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('kv');
  open.onsuccess = () => {
    const get = open.result.transaction('kv').objectStore('kv').get('login');
    get.onsuccess = () => resolve(get.result ?? null);
    get.onerror = () => resolve(null);
  };
  open.onerror = () => resolve(null);
})"""


def test_a_login_without_expiry_persists_into_a_read_only_session(fc: Firecrawl, pages: str) -> None:
    name = f"login-{uuid.uuid4().hex[:8]}"
    with fc.interact.session(ttl=60, profile=name) as saver, _page(text(saver.cdp_url)) as page:
        page.goto(f"{pages}/")
        page.evaluate(_LOGIN, "token-42")
        session_cookies = [c for c in page.context.cookies() if c["name"] == "login"]
        assert session_cookies and session_cookies[0]["expires"] == -1  # really a session cookie
    reader_profile = Profile(name=name, save_changes=False)
    with fc.interact.session(ttl=60, profile=reader_profile) as reader, _page(text(reader.cdp_url)) as page:
        page.goto(f"{pages}/")
        assert "login=token-42" in page.evaluate("document.cookie")
        assert page.evaluate("localStorage.getItem('login')") == "token-42"
        assert page.evaluate(_READ_IDB) == "token-42"


def test_a_saver_that_expires_saves_its_session_cookies(fc: Firecrawl, pages: str) -> None:
    name = f"expiring-{uuid.uuid4().hex[:8]}"
    saver = fc.interact.create(ttl=60, activity_ttl=10, profile=name, stream_web_view=False)
    with _page(text(saver.cdp_url)) as page:
        page.goto(f"{pages}/")
        page.evaluate("document.cookie = 'expiring=kept; path=/'")  # no expiry
    deadline = time.monotonic() + 60
    while next(s.status for s in fc.interact.list() if s.id == saver.id) == "active":
        assert time.monotonic() < deadline, "the saver did not expire"
        time.sleep(0.5)  # polling the listing, bounded by the deadline
    reader = Profile(name=name, save_changes=False)
    with fc.interact.session(ttl=60, profile=reader) as later, _page(text(later.cdp_url)) as page:
        page.goto(f"{pages}/")
        assert "expiring=kept" in page.evaluate("document.cookie")
