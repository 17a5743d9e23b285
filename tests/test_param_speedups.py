"""core/param_speedups.py: the memoised FastAPI introspection answers exactly what FastAPI's
own functions answer, for every parameter of every route of the application."""

from __future__ import annotations

from fastapi.dependencies import utils
from fastapi.routing import _EffectiveRouteContext, _IncludedRouter

from plandesk.core import param_speedups


def _dependants(routes):  # type: ignore[no-untyped-def]
    for route in routes:
        if isinstance(route, _IncludedRouter):
            yield from _dependants(route.effective_candidates())
        elif isinstance(route, _EffectiveRouteContext):
            yield getattr(route, "dependant", None) or getattr(route.original_route, "dependant", None)
        else:
            yield getattr(route, "dependant", None)


def _params(app):  # type: ignore[no-untyped-def]
    for dependant in _dependants(app.router.routes):
        if dependant is None:
            continue
        stack = [dependant]
        while stack:
            d = stack.pop()
            stack.extend(d.dependencies)
            yield from (*d.path_params, *d.query_params, *d.header_params, *d.cookie_params)


def test_installed_and_identical_for_every_parameter(app):
    assert param_speedups.ORIGINALS, "FastAPI's internals moved: the speed-up did not install"
    original = param_speedups.ORIGINALS
    fields = list(_params(app))
    assert len(fields) > 300
    for field in fields:
        for _ in range(2):  # the first call fills the memo, the second answers from it
            assert utils._get_param_model(field) is original["_get_param_model"](field)
            assert utils._is_json_field(field) is original["_is_json_field"](field)
            for convert in (False, True):
                assert utils._get_param_aliases(field, convert_underscores=convert) == original[
                    "_get_param_aliases"
                ](field, convert_underscores=convert)
            annotation = field.field_info.annotation
            assert utils._get_model_type(annotation) is original["_get_model_type"](annotation)
            assert utils.field_annotation_is_sequence(annotation) == original["field_annotation_is_sequence"](
                annotation
            )


def test_a_returned_alias_list_cannot_corrupt_the_memo(app):
    field = next(iter(_params(app)))
    first = utils._get_param_aliases(field)
    first.clear()
    assert utils._get_param_aliases(field) == param_speedups.ORIGINALS["_get_param_aliases"](field)
