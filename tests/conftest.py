"""Shared fixtures.

* ``mem``            – an embedded :class:`Spectron` in a fresh folder under ``tmp_path``.
* ``server_client``  – a ``chromadb.HttpClient`` to the server named by ``SPECTRON_TEST_CHROMA_URL`` (started by
  ``scripts/test.sh``). Without that variable the test is skipped — unless ``CI=true`` or
  ``SPECTRON_REQUIRE_SERVER=1``, where a missing server is a failure, never a silent skip.
* ``any_mem``        – parametrised: the same test runs against the embedded store and against the server
  (a unique collection prefix per test, the lexical index under ``tmp_path``).

The embedding model is a process-wide singleton (``spectron_core._embeddings._Runtime``), so it is loaded once
per test process however many stores the tests open.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `from tests.support import …` works however pytest is started
    sys.path.insert(0, str(ROOT))

SERVER_ENV = "SPECTRON_TEST_CHROMA_URL"


def _server_required() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes") or os.environ.get(
        "SPECTRON_REQUIRE_SERVER", ""
    ).strip() in ("1", "true", "yes")


def _settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False)


def server_url() -> str | None:
    url = os.environ.get(SERVER_ENV, "").strip()
    return url or None


def make_http_client(url: str) -> Any:
    import chromadb

    parsed = urlparse(url)
    if not parsed.hostname or not parsed.port:
        raise ValueError(f"{SERVER_ENV}={url!r} is not http://host:port")
    return chromadb.HttpClient(
        host=parsed.hostname, port=parsed.port, ssl=parsed.scheme == "https", settings=_settings()
    )


@pytest.fixture(scope="session")
def _server_client_session() -> Any:
    url = server_url()
    if url is None:
        reason = (
            f"{SERVER_ENV} is not set: no Chroma server to test against "
            "(run `bash scripts/test.sh`, which starts one)"
        )
        if _server_required():
            pytest.fail(reason + "; CI=true or SPECTRON_REQUIRE_SERVER=1 forbids skipping server tests",
                        pytrace=False)
        pytest.skip(reason)
    client = make_http_client(url)
    try:
        client.heartbeat()
    except Exception as exc:  # the server is named but does not answer: always a failure
        pytest.fail(f"Chroma server at {url} does not answer: {type(exc).__name__}: {exc}", pytrace=False)
    return client


@pytest.fixture()
def server_client(_server_client_session: Any) -> Any:
    """``chromadb.HttpClient`` to the test server (skips, or fails under CI, when there is none)."""
    return _server_client_session


def unique_prefix() -> str:
    return "t" + uuid.uuid4().hex[:16]


def _drop_collections(client: Any, prefix: str) -> None:
    for suffix in ("memory", "meta"):
        try:
            client.delete_collection(f"{prefix}_{suffix}")
        except Exception:
            pass


@pytest.fixture()
def mem(tmp_path: Path) -> Any:
    """An embedded, persistent Spectron in a fresh folder."""
    from spectron_core import Spectron

    return Spectron(path=str(tmp_path / "store"))


@pytest.fixture()
def server_mem(server_client: Any, tmp_path: Path) -> Any:
    """A Spectron on the test Chroma server with collections unique to this test (dropped afterwards)."""
    from spectron_core import Spectron

    prefix = unique_prefix()
    m = Spectron(chroma=server_client, collection_prefix=prefix, lexical_path=str(tmp_path / "lexical.sqlite3"))
    yield m
    _drop_collections(server_client, prefix)


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def any_mem(request: pytest.FixtureRequest) -> Any:
    """The same test against the embedded store and against the Chroma server."""
    if request.param == "embedded":
        return request.getfixturevalue("mem")
    return request.getfixturevalue("server_mem")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``@pytest.mark.slow`` tests (full-size stress and crash trials) stay out of the default run, which must
    finish in minutes; run them with ``-m slow`` (or any ``-m`` expression) or ``SPECTRON_SLOW=1``."""
    if config.getoption("-m") or os.environ.get("SPECTRON_SLOW", "").strip() in ("1", "true", "yes"):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or SPECTRON_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
