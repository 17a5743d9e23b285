from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError
    from ..models.problem_current_type_0 import ProblemCurrentType0


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem document.

    Attributes:
        title (str): A short summary of the kind of problem ("Precondition Failed")
        status (int): The HTTP status code, repeated from the response
        type_ (str | Unset): A URI naming the kind of problem (stable: clients branch on it); about:blank when the
            status says it all Default: 'about:blank'.
        detail (None | str | Unset): What went wrong in this case, for a person (never a stack trace)
        instance (None | str | Unset): The path of the request that failed
        request_id (None | str | Unset): The request's id (also in the X-Request-ID header): it finds the request in the
            logs
        errors (list[FieldError] | None | Unset): For 422: one entry per invalid field; null for other problems
        current_etag (None | str | Unset): 412 on a write: the ETag of the resource's current version
        current (None | ProblemCurrentType0 | str | Unset): 412 on a write: the resource's current version (an object),
            as GET answers it (show it beside the stale copy; send current_etag as If-Match to overwrite). 409 transition-
            refused: the state the resource is in (a string).
        requested (None | str | Unset): 409 transition-refused: the state the request asked for
        machine (None | str | Unset): 409 transition-refused: which state machine refused (see GET
            /api/v1/meta/transitions)
        allowed (list[str] | Unset): For a refused state transition (409): the states the resource may move to from its
            current one (see GET /api/v1/meta/transitions).
    """

    title: str
    status: int
    type_: str | Unset = "about:blank"
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    errors: list[FieldError] | None | Unset = UNSET
    current_etag: None | str | Unset = UNSET
    current: None | ProblemCurrentType0 | str | Unset = UNSET
    requested: None | str | Unset = UNSET
    machine: None | str | Unset = UNSET
    allowed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_current_type_0 import ProblemCurrentType0  # noqa: PLC0415

        title = self.title

        status = self.status

        type_ = self.type_

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        current_etag: None | str | Unset
        if isinstance(self.current_etag, Unset):
            current_etag = UNSET
        else:
            current_etag = self.current_etag

        current: dict[str, Any] | None | str | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        elif isinstance(self.current, ProblemCurrentType0):
            current = self.current.to_dict()
        else:
            current = self.current

        requested: None | str | Unset
        if isinstance(self.requested, Unset):
            requested = UNSET
        else:
            requested = self.requested

        machine: None | str | Unset
        if isinstance(self.machine, Unset):
            machine = UNSET
        else:
            machine = self.machine

        allowed: list[str] | Unset = UNSET
        if not isinstance(self.allowed, Unset):
            allowed = self.allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if current_etag is not UNSET:
            field_dict["current_etag"] = current_etag
        if current is not UNSET:
            field_dict["current"] = current
        if requested is not UNSET:
            field_dict["requested"] = requested
        if machine is not UNSET:
            field_dict["machine"] = machine
        if allowed is not UNSET:
            field_dict["allowed"] = allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.problem_current_type_0 import ProblemCurrentType0  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        type_ = d.pop("type", UNSET)

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_errors(data: object) -> list[FieldError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = FieldError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_current_etag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_etag = _parse_current_etag(d.pop("current_etag", UNSET))

        def _parse_current(data: object) -> None | ProblemCurrentType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = ProblemCurrentType0.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProblemCurrentType0 | str | Unset, data)

        current = _parse_current(d.pop("current", UNSET))

        def _parse_requested(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested = _parse_requested(d.pop("requested", UNSET))

        def _parse_machine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        machine = _parse_machine(d.pop("machine", UNSET))

        allowed = cast(list[str], d.pop("allowed", UNSET))

        problem = cls(
            title=title,
            status=status,
            type_=type_,
            detail=detail,
            instance=instance,
            request_id=request_id,
            errors=errors,
            current_etag=current_etag,
            current=current,
            requested=requested,
            machine=machine,
            allowed=allowed,
        )

        problem.additional_properties = d
        return problem

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
