"""The docstring's Args lines: a spec description when there is one, else where the argument is
sent under its wire name (a Python name like `x_trace` does not say it is the `X-Trace` header)."""

from __future__ import annotations

import yaml

from generator.method_plans import MethodPlan
from generator.normalize import normalize
from generator.views_client_methods import method_view

SPEC = """
openapi: 3.1.0
info: {title: Docs, version: "1"}
paths:
  /items/{item-id}:
    post:
      operationId: update
      parameters:
        - {name: item-id, in: path, required: true, schema: {type: string}}
        - {name: class, in: query, schema: {type: string}, description: The item's class.}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: sid, in: cookie, schema: {type: string}, deprecated: true}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                from: {type: string}
                size: {type: integer, default: 3}
      responses: {"204": {description: done}}
"""


def test_an_undescribed_argument_says_where_it_is_sent() -> None:
    api, _ = normalize(
        yaml.safe_load(SPEC), file="d.yaml", line_of=lambda p: 1, digest="0" * 64, config={}
    )
    view = method_view(MethodPlan.of(api.operations[0]))
    docs = {a.name: a.description for a in view.args}
    assert docs == {
        "item_id": "The `item-id` path parameter.",
        "class_": "The item's class.",
        "x_trace": "Sent as the `X-Trace` header.",
        "sid": "Deprecated. Sent as the `sid` cookie.",
        "from_": "The request body's `from` field.",
        "size": "The request body's `size` field. The API's default: `3`.",
    }
