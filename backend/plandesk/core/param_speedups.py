"""FastAPI's per-request parameter introspection, answered once per parameter.

For every query, header, cookie and path parameter of every request, FastAPI 0.165 works out
again from the parameter's type annotation whether it is a model, which names it is sent
under and whether it is a sequence (``typing.get_origin``, ``issubclass`` and friends).
The answers depend only on the parameter's declaration, fixed when the route is built; on
the task list (13 query parameters) that introspection was a quarter of FastAPI's share of
the request. This wraps the four functions with a memo keyed on the parameter object (kept
alive by the memo, so its id cannot be reused) and bounded in size; everything else FastAPI
does — validation, errors, defaults — is unchanged.

These are FastAPI internals: the version is pinned (requirements.lock), ``install`` checks
that each function still exists with the expected signature, and
``tests/test_param_speedups.py`` compares the answers with the originals for every
parameter of every route.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from fastapi.dependencies import utils as _utils

_MAX = 50_000
_WRAPPED = ("_get_param_model", "_get_param_aliases", "_is_json_field", "_get_model_type")
_EXPECTED = {
    "_get_param_model": ["field"],
    "_get_param_aliases": ["field", "convert_underscores"],
    "_is_json_field": ["field"],
    "_get_model_type": ["annotation"],
}
ORIGINALS: dict[str, Callable[..., Any]] = {}


def _memo(fn: Callable[..., Any], copy_list: bool) -> Callable[..., Any]:
    memo: dict[Any, tuple[Any, Any]] = {}

    @functools.wraps(fn)
    def wrapper(subject: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            key = (id(subject), args, tuple(kwargs.items()))
            hit = memo.get(key)
        except TypeError:  # an unhashable argument: not memoised
            return fn(subject, *args, **kwargs)
        if hit is not None and hit[0] is subject:
            return list(hit[1]) if copy_list else hit[1]
        result = fn(subject, *args, **kwargs)
        if len(memo) < _MAX:
            memo[key] = (subject, result)
        return list(result) if copy_list else result

    wrapper.__wrapped_original__ = fn  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Idempotent; refuses to patch a FastAPI whose internals moved."""
    if ORIGINALS:
        return
    for name in _WRAPPED:
        fn = getattr(_utils, name, None)
        if fn is None or list(inspect.signature(fn).parameters) != _EXPECTED[name]:
            return  # a different FastAPI: leave it as it is
    for name in _WRAPPED:
        fn = getattr(_utils, name)
        ORIGINALS[name] = fn
        setattr(_utils, name, _memo(fn, copy_list=name == "_get_param_aliases"))
    original_sequence = _utils.field_annotation_is_sequence

    @functools.lru_cache(maxsize=4096)
    def _sequence_cached(annotation: Any) -> bool:
        return bool(original_sequence(annotation))

    def field_annotation_is_sequence(annotation: Any) -> bool:
        try:
            return _sequence_cached(annotation)
        except TypeError:  # unhashable annotation metadata
            return bool(original_sequence(annotation))

    ORIGINALS["field_annotation_is_sequence"] = original_sequence
    _utils.field_annotation_is_sequence = field_annotation_is_sequence  # type: ignore[assignment]
