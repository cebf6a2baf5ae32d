from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redact_url, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeInteractResult")


@redacted_repr
@_attrs_define
class ScrapeInteractResult:
    """
    Attributes:
        success (bool | Unset):
        cdp_url (None | str | Unset): Raw Chrome DevTools Protocol (CDP) WebSocket URL for the browser session. Use it
            to connect directly with Playwright, Puppeteer, or any CDP client.
        live_view_url (None | str | Unset): Read-only live view URL for the browser session
        interactive_live_view_url (None | str | Unset): Interactive live view URL (viewers can control the browser)
        output (None | str | Unset): AI agent's final response (only present when using prompt)
        stdout (None | str | Unset): Standard output from the code execution
        result (None | str | Unset): Standard output (alias for stdout)
        stderr (None | str | Unset): Standard error output from the code execution
        exit_code (int | None | Unset): Exit code of the executed process
        killed (bool | Unset): Whether the process was killed due to timeout
        error (None | str | Unset): Error message if the code raised an exception
    """

    success: bool | Unset = UNSET
    cdp_url: None | str | Unset = _attrs_field(default=UNSET, repr=redact_url)
    live_view_url: None | str | Unset = _attrs_field(default=UNSET, repr=redact_url)
    interactive_live_view_url: None | str | Unset = _attrs_field(
        default=UNSET, repr=redact_url
    )
    output: None | str | Unset = UNSET
    stdout: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    stderr: None | str | Unset = UNSET
    exit_code: int | None | Unset = UNSET
    killed: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        cdp_url: None | str | Unset
        if isinstance(self.cdp_url, Unset):
            cdp_url = UNSET
        else:
            cdp_url = self.cdp_url

        live_view_url: None | str | Unset
        if isinstance(self.live_view_url, Unset):
            live_view_url = UNSET
        else:
            live_view_url = self.live_view_url

        interactive_live_view_url: None | str | Unset
        if isinstance(self.interactive_live_view_url, Unset):
            interactive_live_view_url = UNSET
        else:
            interactive_live_view_url = self.interactive_live_view_url

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        stdout: None | str | Unset
        if isinstance(self.stdout, Unset):
            stdout = UNSET
        else:
            stdout = self.stdout

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        killed = self.killed

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if cdp_url is not UNSET:
            field_dict["cdpUrl"] = cdp_url
        if live_view_url is not UNSET:
            field_dict["liveViewUrl"] = live_view_url
        if interactive_live_view_url is not UNSET:
            field_dict["interactiveLiveViewUrl"] = interactive_live_view_url
        if output is not UNSET:
            field_dict["output"] = output
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if result is not UNSET:
            field_dict["result"] = result
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if killed is not UNSET:
            field_dict["killed"] = killed
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_cdp_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cdp_url = _parse_cdp_url(d.pop("cdpUrl", UNSET))

        def _parse_live_view_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        live_view_url = _parse_live_view_url(d.pop("liveViewUrl", UNSET))

        def _parse_interactive_live_view_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interactive_live_view_url = _parse_interactive_live_view_url(
            d.pop("interactiveLiveViewUrl", UNSET)
        )

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_stdout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stdout = _parse_stdout(d.pop("stdout", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exitCode", UNSET))

        killed = d.pop("killed", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        scrape_interact_result = cls(
            success=success,
            cdp_url=cdp_url,
            live_view_url=live_view_url,
            interactive_live_view_url=interactive_live_view_url,
            output=output,
            stdout=stdout,
            result=result,
            stderr=stderr,
            exit_code=exit_code,
            killed=killed,
            error=error,
        )

        scrape_interact_result.additional_properties = d
        return scrape_interact_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
