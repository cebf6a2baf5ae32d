"""A response body read within ``max_response_size`` (sans-IO: the transports feed it chunks).

Both sizes are bounded: the bytes on the wire and the bytes each decoding step
(gzip, deflate) produces, counted while inflating, so a gzip bomb stops at the
limit instead of filling memory. The SDK asks for ``gzip, deflate`` only
(:data:`ACCEPT_ENCODING`); a coding it does not know is passed through as httpx does.
"""

from __future__ import annotations

import zlib

import httpx

DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """Reading stopped: ``where`` ("on the wire", "once decompressed") passed the limit."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class _Inflater:
    """One zlib decoding step whose output is bounded by the room left."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.produced = 0
        gzip = coding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._first = not gzip  # deflate: zlib-wrapped, or raw as some servers send it

    def decode(self, data: bytes, limit: int) -> bytes:
        room = limit - self.produced
        try:
            out = self._zlib.decompress(data, room + 1)  # one byte more than fits: too large
        except zlib.error as error:
            if not self._first:
                raise httpx.DecodingError(f"{self.coding} body cannot be decoded: {error}") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            self._first = False
            return self.decode(data, limit)
        self._first = False
        self.produced += len(out)
        if self.produced > limit:
            raise BodyTooLarge("once decompressed")
        return out


_CODINGS = {"gzip", "x-gzip", "deflate"}


class Body:
    """Collects a body's chunks, decoding them as ``Content-Encoding`` says, within ``limit`` bytes."""

    def __init__(self, encoding: str | None, limit: int) -> None:
        self.limit, self.wire = limit, 0
        self.chunks: list[bytes] = []
        self.steps: list[_Inflater] = []
        if encoding:  # listed in the order applied: decode in reverse
            codings = [c.strip().lower() for c in encoding.split(",")]
            self.steps = [_Inflater(c) for c in reversed(codings) if c in _CODINGS]

    def feed(self, chunk: bytes) -> None:
        self.wire += len(chunk)
        if self.wire > self.limit:
            raise BodyTooLarge("on the wire")
        for step in self.steps:
            chunk = step.decode(chunk, self.limit)
        if chunk:
            self.chunks.append(chunk)

    def content(self) -> bytes:
        chunks = self.chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def start(raw: httpx.Response, limit: int) -> Body:
    """A :class:`Body` for ``raw``; its ``Content-Encoding`` is removed once the body is
    decoded here, so the response built from the content does not decode it twice."""
    encoding = raw.headers.get("content-encoding")
    if encoding is not None:
        del raw.headers["content-encoding"]
    return Body(encoding, limit)


def check_size(content: bytes, limit: int) -> bytes:
    """A body a hook of the user's client read (and decoded) already: refuse it past ``limit``."""
    if len(content) > limit:
        raise BodyTooLarge("once decompressed")
    return content
