"""Template contexts for the Markdown reference docs (README, api.md, resource and model pages).

Everything the docs show is computed here as plain data; the templates only loop and place it.
Links are relative: `Link.target` and every `page` below are relative to the `docs/` directory,
so the README (at the root) prefixes them with `docs/` while `docs/index.md` uses them as is.
Links inside a resource or model page are relative to that page.
"""

from __future__ import annotations

from typing import Any

from .. import emit
from ..model import Api
from .base import model_page, resource_page, sentence
from .context import DocsView, NavEntry
from .models import ModelPages
from .operations import OperationDocs
from .readme import ReadmeDocs
from .servers import servers_doc


def docs_context(api: Api) -> dict[str, Any]:
    return {"docs": DocsBuilder(api).view()}


def base_url_env_var(env_var: str) -> str:
    """`OPENROUTER_API_KEY` → `OPENROUTER_BASE_URL`."""
    return env_var.removesuffix("_API_KEY") + "_BASE_URL"


class DocsBuilder(OperationDocs, ModelPages, ReadmeDocs):
    """Builds the `DocsView` of one API (lookups built once, shared by every page)."""

    def view(self) -> DocsView:
        api, settings = self.api, self.settings
        resources = tuple(self.resource_doc(r) for r in api.resources)
        names = sorted([*self.models, *self.enums])
        headers = [
            (p.name, self.example(p.type, p.example, p.has_example)) for p in api.client_headers
        ]
        return DocsView(
            tagline=sentence(settings.description),
            api_description=self.md(api.description),
            client_with_headers=emit.py_call(f"client = {settings.client_name}", headers)
            if headers
            else "",
            base_url_env_var=base_url_env_var(settings.env_var),
            server_url=api.servers[0].default_url,
            servers=servers_doc(api, self.md),
            security=tuple(self.security_line(s.name) for s in api.security),
            global_headers=tuple(self.param_row(p, global_header=True) for p in api.client_headers),
            resources=resources,
            resource={r.name: d for r, d in zip(api.resources, resources, strict=True)},
            pages={name: self.page_doc(name) for name in names},
            exception_tree="\n".join(emit.tree_lines(self.exception_tree())),
            error_classes=tuple(self.error_class_rows()),
            readme=self.readme(),
            site_name=emit.yaml_str(settings.dist_name),
            site_description=emit.yaml_str(settings.description or api.title),
            nav_resources=tuple(
                NavEntry(emit.yaml_str(r.class_name), resource_page(r)) for r in api.resources
            ),
            nav_models=tuple(NavEntry(emit.yaml_str(n), model_page(n)) for n in names),
        )


__all__ = ["DocsView", "base_url_env_var", "docs_context"]
