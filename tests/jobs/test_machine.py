"""The sans-IO job state machine (JobWait), fed bodies and times by hand; and the family records."""

from __future__ import annotations

import uuid
from typing import Any

import build_spec
import pytest
from firecrawl_sdk import APIResponseValidationError, InvalidParameterError, JobFailedError, WaitTimeoutError
from firecrawl_sdk._exceptions import FirecrawlError
from firecrawl_sdk._jobs import (
    AGENT,
    CRAWL,
    EXTRACT,
    FAMILIES,
    Done,
    FetchPage,
    JobFamily,
    JobWait,
    Poll,
)

from tests._vehicle import require_operations

JOB = "5f0c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b"
PAGE2 = f"https://api.firecrawl.dev/v2/crawl/{JOB}?skip=2"
PAGE4 = f"https://api.firecrawl.dev/v2/crawl/{JOB}?skip=4"


def machine(family: JobFamily = CRAWL, **options: Any) -> JobWait:
    return JobWait(family, JOB, poll_interval=options.pop("poll_interval", 2.0), now=100.0, **options)


def feed(wait: JobWait, body: dict[str, Any], now: float = 100.0) -> Any:
    wait.status_received(body)
    return wait.after_status(now)


def test_polls_at_once_then_every_interval_while_running() -> None:
    wait = machine()
    assert wait.start() == Poll(0.0)
    assert feed(wait, {"status": "scraping", "completed": 1, "total": 5}) == Poll(2.0)


def test_a_value_the_spec_does_not_list_keeps_polling() -> None:
    assert feed(machine(), {"status": "queued"}) == Poll(2.0)


def test_next_is_not_followed_while_the_job_runs() -> None:
    action = feed(machine(), {"status": "scraping", "data": [{"markdown": "a"}], "next": PAGE2})
    assert action == Poll(2.0)


def test_completed_follows_every_next_page_and_drops_next() -> None:
    wait = machine()
    first = {"status": "completed", "total": 5, "data": [{"n": 0}, {"n": 1}], "next": PAGE2}
    assert feed(wait, first) == FetchPage(PAGE2)
    assert wait.page_received({"status": "completed", "data": [{"n": 2}, {"n": 3}], "next": PAGE4}, 101) == (
        FetchPage(PAGE4)
    )
    done = wait.page_received({"status": "completed", "data": [{"n": 4}], "next": None}, 102)
    assert isinstance(done, Done)
    assert done.result == {"status": "completed", "total": 5, "data": [{"n": n} for n in range(5)]}
    assert first["data"] == [{"n": 0}, {"n": 1}]  # the snapshot given to progress is not mutated


def test_completed_without_next_is_done() -> None:
    assert feed(machine(), {"status": "completed", "data": []}) == Done({"status": "completed", "data": []})


@pytest.mark.parametrize("family", [EXTRACT, AGENT])
def test_extract_and_agent_results_are_the_status_body(family: JobFamily) -> None:
    body = {"success": True, "status": "completed", "data": {"answer": 42}}
    assert feed(machine(family), body) == Done(body)


@pytest.mark.parametrize("status", ["failed", "cancelled"])
def test_failed_or_cancelled_raises_with_the_servers_error(status: str) -> None:
    body = {"status": status, "error": "out of memory"}
    with pytest.raises(JobFailedError) as caught:
        feed(machine(), body)
    error = caught.value
    assert (error.job_id, error.status, error.error, error.last_status) == (
        JOB,
        status,
        "out of memory",
        body,
    )
    assert isinstance(error, FirecrawlError)
    assert str(error) == f"job {JOB} ended {status}: out of memory"


def test_failed_without_an_error_field() -> None:
    with pytest.raises(JobFailedError) as caught:
        feed(machine(), {"status": "failed"})
    assert caught.value.error is None


def test_timeout_raises_at_the_deadline_with_the_last_snapshot() -> None:
    wait = machine(timeout=5.0)
    assert feed(wait, {"status": "scraping"}, now=101.0) == Poll(2.0)
    assert feed(wait, {"status": "scraping"}, now=104.0) == Poll(1.0)  # the last poll is at the deadline
    last = {"status": "scraping", "completed": 3}
    with pytest.raises(WaitTimeoutError) as caught:
        feed(wait, last, now=105.0)
    error = caught.value
    assert (error.job_id, error.last_status, error.timeout) == (JOB, last, 5.0)
    assert isinstance(error, TimeoutError) and isinstance(error, FirecrawlError)
    assert "scraping" in str(error)


def test_timeout_covers_the_pages() -> None:
    wait = machine(timeout=5.0)
    assert feed(wait, {"status": "completed", "data": [], "next": PAGE2}, now=104.0) == FetchPage(PAGE2)
    with pytest.raises(WaitTimeoutError):
        wait.page_received({"data": [], "next": PAGE4}, 105.0)


def test_a_terminal_status_after_the_deadline_still_counts() -> None:
    wait = machine(timeout=1.0)
    assert isinstance(feed(wait, {"status": "completed"}, now=500.0), Done)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (["not", "an", "object"], "not a JSON object"),
        ({"completed": 1}, "no string `status`"),
        ({"status": "completed", "data": {"a": 1}}, "not a list"),
        ({"status": "completed", "next": "/v2/crawl/x?skip=1"}, "absolute"),
    ],
)
def test_malformed_status_bodies(body: Any, reason: str) -> None:
    with pytest.raises(APIResponseValidationError, match=reason):
        feed(machine(), body)


def test_a_repeated_next_page_is_an_error_not_a_loop() -> None:
    wait = machine()
    assert feed(wait, {"status": "completed", "data": [], "next": PAGE2}) == FetchPage(PAGE2)
    with pytest.raises(APIResponseValidationError, match="repeats"):
        wait.page_received({"data": [], "next": PAGE2}, 100.0)


def test_job_ids_as_str_or_uuid() -> None:
    assert JobWait(CRAWL, uuid.UUID(JOB), now=0).job_id == JOB
    for bad in ("", 42, None):
        with pytest.raises(InvalidParameterError, match="job_id"):
            JobWait(CRAWL, bad, now=0)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "value"), [("poll_interval", 0), ("poll_interval", -1), ("timeout", 0)])
def test_intervals_must_be_positive(name: str, value: float) -> None:
    with pytest.raises(InvalidParameterError, match=name):
        JobWait(CRAWL, JOB, now=0, **{name: value})


# --- the family records say what the (overlaid) spec says --------------------------------------------
def _status_schema(operation_id: str) -> dict[str, Any]:
    spec = build_spec.build()
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
                if "$ref" in schema:
                    schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
                return dict(schema)
    raise AssertionError(f"no operation {operation_id}")


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_family_records_match_the_spec(family: JobFamily) -> None:
    require_operations(family.status_operation)
    properties = _status_schema(family.status_operation)["properties"]
    values = set(properties["status"]["enum"])
    assert family.done | family.failed <= values
    assert values - family.done - family.failed, "a running value remains"
    assert family.paginates == ("next" in properties)
    assert (properties["data"]["type"] == "array") == family.paginates


def test_every_job_family_of_the_surface_has_its_record() -> None:
    """openapi/surface.yaml names the families; the generated ``wait`` looks each record up by name."""
    import firecrawl_sdk._jobs as jobs
    import yaml  # type: ignore[import-untyped]

    surface = yaml.safe_load((build_spec.OPENAPI / "surface.yaml").read_text())
    statuses = {
        entry["job"]: operation_id
        for operation_id, entry in surface["operations"].items()
        if entry.get("job") and entry["method"].endswith(".status")
    }
    assert {family: getattr(jobs, family.upper()).status_operation for family in statuses} == statuses
    assert len(statuses) == len(FAMILIES)
