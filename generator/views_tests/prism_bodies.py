"""Form and multipart bodies Prism cannot take (see `prism_limits`), warned at the field:

- a delimited `encoding` style on a body property that is no array crashes it, and a delimited
  multipart array makes it reject every request (`body_crashes`);
- it reads a form field by the style table only when its `encoding` names a style (else an
  array or object arrives as one string), cannot split spaceDelimited, reads a JSON field's
  text as its value, and reads a multipart part as one string unless its style is an exploded
  one or deepObject (it wants the delimiters of the others percent-encoded) (`prism_reads`);
- it applies a `required` beside the body schema's `$ref`, which the SDK does not (normalize
  warned): a call without those properties is rejected (`ref_required_left_out`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..body_encoding import form_style
from ..diagnostics import pointer_from, split_pointer
from ..model import FieldEncoding, ModelRef, Operation
from ..param_styles import JSON, nests, structured, value_kind
from .cases import Argument
from .prism_paths import PrismPaths


class PrismBodies(PrismPaths):
    """The body checks of `PrismLimits`."""

    def body_crashes(self, op: Operation) -> bool:
        """Whether Prism crashes on every request to `op` for its body `encoding` (warned): a
        delimited style on a form or multipart property that is no array."""
        crashing = [e for e in op.body.encodings if _crashes_prism(e)] if op.body else []
        for e in crashing:
            self.warnings[
                (
                    f"{e.pointer}/style",
                    f"style {e.style!r} on {e.wire_name!r}, which is no array: Prism crashes on"
                    " every request to this operation; the generated contract tests leave it out",
                )
            ] = None
        multipart = op.body is not None and op.body.encoding == "multipart"
        rejecting = [e for e in op.body.encodings if _delimited(e)] if multipart and op.body else []
        for e in rejecting:
            self.warnings[
                (
                    f"{e.pointer}/style",
                    f"style {e.style!r} on the multipart part {e.wire_name!r}: Prism rejects"
                    " every request to this operation (it finds no array there, sent or not);"
                    " the generated contract tests leave it out",
                )
            ] = None
        return bool(crashing or rejecting)

    @staticmethod
    def ref_required_left_out(op: Operation, minimal: Sequence[Argument]) -> bool:
        """Whether the minimal call leaves out a property `required` beside the body's `$ref`
        names, which Prism applies (normalize warned)."""
        if op.body is None or not op.body.ref_required:
            return False
        sent = {a.wire_name for a in minimal if a.location == "json"}
        return not set(op.body.ref_required) <= sent

    def prism_reads(self, op: Operation, arguments: Sequence[Argument]) -> bool:
        """False when Prism rejects a body field the call sends, whatever its value (warned for
        every such field of the body, sent or not)."""
        body = op.body
        if body is None:
            return True
        unread: set[str] = set()
        for e in body.encodings:
            why = self._unreadable(e, body.encoding == "form")
            if why:
                unread.add(e.wire_name)
                self.warnings[(self._field_pointer(op, e), why)] = None
        return not any(a.location == "json" and a.wire_name in unread for a in arguments)

    def _unreadable(self, e: FieldEncoding, form: bool) -> str:
        """Why Prism rejects every value of a form field or multipart part ("" if it does not)."""
        leave_out = "; the generated contract tests leave out the calls sending it"
        if value_kind(e.type) == "primitive" and form_style(e) == (JSON, False):
            return f"Prism reads the JSON text of {e.wire_name!r} as its value" + leave_out
        if not form:
            return self._unreadable_part(e, leave_out)
        if not e.style_given and structured(e.type):
            return (
                f"Prism reads the form field {e.wire_name!r} as one string unless its encoding"
                " gives a style, so it rejects this array or object" + leave_out
            )
        if e.style == "spaceDelimited" or (
            e.style not in (None, "deepObject") and nests(e.type, self.models)
        ):
            return (
                f"Prism cannot read the form field {e.wire_name!r} in style {e.style}"
                + (" (its values hold arrays or objects)" if e.style != "spaceDelimited" else "")
                + leave_out
            )
        return ""

    def _unreadable_part(self, e: FieldEncoding, leave_out: str) -> str:
        """Why Prism rejects every value of a multipart array or object ("" if it does not):
        it splits one by a style as a form field, but wants the delimiters of the unexploded
        styles percent-encoded (a part's text is sent as it is)."""
        if not structured(e.type):
            return ""
        if e.style is None:
            return (
                "Prism reads a multipart part as one string, so it rejects this array or"
                " object" + leave_out
            )
        if e.style in ("form", "deepObject") and e.explode and not nests(e.type, self.models):
            return ""
        return (
            f"Prism takes the delimiters in the multipart part {e.wire_name!r} (style"
            f" {e.style}{'' if e.explode else ' without explode'}) for reserved characters, so"
            " it rejects this array or object" + leave_out
        )

    def _field_pointer(self, op: Operation, e: FieldEncoding) -> str:
        """The field's `encoding` entry, else its property in the body's schema."""
        body_type = op.body.type if op.body else None
        if e.pointer or not isinstance(body_type, ModelRef) or body_type.name not in self.models:
            return e.pointer or f"{op.pointer}/requestBody"
        schema = split_pointer(self.models[body_type.name].pointer)
        return pointer_from([*schema, "properties", e.wire_name])


def _delimited(e: FieldEncoding) -> bool:
    return e.style in ("spaceDelimited", "pipeDelimited") and value_kind(e.type) == "array"


def _crashes_prism(e: FieldEncoding) -> bool:
    return e.style in ("spaceDelimited", "pipeDelimited") and value_kind(e.type) != "array"
