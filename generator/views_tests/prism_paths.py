"""Path parameters Prism reads otherwise than they were sent.

Prism validates a request's path parameters as uri-template-lite matches the URL path against
the path template: each placeholder a lazy `(.*?)` over the still percent-encoded path, the
literal text between them as written. Where a segment holds two placeholders, the first ends
at the first occurrence of the text between them (tomtom.com's `/{heading}.{ext}` read from
`-15.6.xml` as heading `-15` and ext `6.xml`), so a valid value holding that text is rejected
(400). An API server may split such a segment as it likes; the SDK sends the value as the
style table says, so the contract tests leave the operation out (warned).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Operation
from . import wire
from .cases import Argument
from .prism_answers import PrismAnswers

_PLACEHOLDER = re.compile(r"(\{[^{}]+\})")


class PrismPaths(PrismAnswers):
    def path_misread(self, op: Operation, arguments: Sequence[Argument]) -> bool:
        """Whether Prism reads a path parameter of this call otherwise than sent (warned)."""
        sent = {
            a.wire_name: wire.path_segment(a.wire_name, a.value, a.style or ("simple", False))
            for a in arguments
            if a.location == "path"
        }
        for name, read in prism_reads_path(op.url_path, sent).items():
            if name not in sent or read == sent[name]:
                continue
            params = [p for p in op.parameters if p.location == "path" and p.wire_name == name]
            self.warnings[
                (
                    params[0].pointer if params else op.pointer,
                    f"the generated tests send the path parameter {name!r} as {sent[name]!r},"
                    f" which holds the text following it in the path template; Prism ends the"
                    f" parameter at that text's first occurrence and reads {read!r}, so the"
                    " contract tests leave this operation out",
                )
            ] = None
            return True
        return False


def prism_reads_path(template: str, sent: dict[str, str]) -> dict[str, str]:
    """Each placeholder of `template` as Prism reads it from the path the values `sent`
    (percent-encoded expansions) make, still percent-encoded; {} when the path does not match."""
    pieces = _PLACEHOLDER.split(template)
    path = "".join(sent.get(p[1:-1], p) if p.startswith("{") else p for p in pieces)
    pattern = "".join("(.*?)" if p.startswith("{") else re.escape(p) for p in pieces)
    match = re.fullmatch(pattern, path, re.S)
    names = [p[1:-1] for p in pieces if p.startswith("{")]
    return dict(zip(names, match.groups(), strict=True)) if match else {}
