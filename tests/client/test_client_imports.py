"""Import cost: what `import openrouter_byok` and a first call load, and the runtime's records.

Each import check runs in a fresh interpreter, so modules imported by other tests do not count.
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys

import pytest
from openrouter_byok import Result, RetryConfig
from openrouter_byok._operation import OffsetPagination, Operation

PACKAGE = "openrouter_byok"


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_import_and_client_build_no_model_resource_or_pydantic_machinery() -> None:
    loaded = loaded_after(f"import {PACKAGE}; {PACKAGE}.OpenRouter(api_key='k')")
    ours = {m for m in loaded if m.startswith(PACKAGE + ".")}
    assert not {m for m in ours if m.startswith(f"{PACKAGE}.models.")}
    assert not {m for m in ours if m.startswith(f"{PACKAGE}.resources")}
    assert f"{PACKAGE}.pagination" not in ours and f"{PACKAGE}._models" not in ours
    assert "pydantic.main" not in loaded  # building any model would import it
    assert "contextvars" not in loaded  # only the first raw-response call needs it


def test_importing_a_resource_module_builds_none_of_its_models() -> None:
    loaded = loaded_after(f"import {PACKAGE}.resources.byok")
    assert not {m for m in loaded if m.startswith(f"{PACKAGE}.models.")}
    assert f"{PACKAGE}.pagination" not in loaded  # imported for annotations only


def test_a_call_imports_only_the_models_of_its_response() -> None:
    code = f"""
import httpx
from {PACKAGE} import OpenRouter
body = b'{{"data": {{"id": "x"}}}}'
json = {{"content-type": "application/json"}}
handler = lambda r: httpx.Response(200, content=body, headers=json)
client = OpenRouter(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
try:
    client.byok.get(id="x")
except Exception:
    pass  # the canned body does not fit: the model was built all the same
"""
    models = {m.rpartition(".")[2] for m in loaded_after(code) if f"{PACKAGE}.models." in m}
    assert "get_byok_key_response" in models
    assert not {"create_byok_key_response", "list_byok_keys_response"} & models


def test_lazy_response_type_is_resolved_once_on_first_use() -> None:
    calls: list[int] = []

    def load() -> type[int]:
        calls.append(1)
        return int

    op: Operation[int] = Operation(method="GET", path="/n", response=load)
    assert calls == []
    assert op.response is int and op.validate_json(b"3") == 3 and op.response is int
    assert calls == [1]
    eager: Operation[int] = Operation(method="GET", path="/n", response=int)
    assert eager.response is int and "GET /n" in repr(eager)


def test_retry_config_is_a_frozen_value() -> None:
    config = RetryConfig(max_retries=4, jitter=0.0)
    assert config == RetryConfig(4, jitter=0.0) and config != RetryConfig()
    assert hash(config) == hash(RetryConfig(max_retries=4, jitter=0.0))
    assert repr(config).startswith("RetryConfig(max_retries=4, initial_delay=0.5,")
    with pytest.raises(AttributeError):
        config.max_retries = 1
    assert copy.copy(config) == config == pickle.loads(pickle.dumps(config))
    assert RetryConfig().retry_statuses == frozenset({408, 429, 500, 502, 503, 504})


def test_result_and_pagination_records() -> None:
    ok: Result[int] = Result.success(1)
    assert ok == Result(ok=True, value=1) and repr(ok) == "Result(ok=True, value=1, error=None)"
    with pytest.raises(AttributeError):
        ok.value = 2
    assert OffsetPagination(total=("n",)) == OffsetPagination("offset", "limit", ("data",), ("n",))
