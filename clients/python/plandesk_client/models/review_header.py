from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_header_style import ReviewHeaderStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewHeader")


@_attrs_define
class ReviewHeader:
    """The document's header and signature (Decree 30/2020/NĐ-CP layout).

    Attributes:
        style (ReviewHeaderStyle | Unset): state: the national motto (Decree 30/2020/NĐ-CP); party: «ĐẢNG CỘNG SẢN VIỆT
            NAM», as a Party committee's bodies head their documents Default: ReviewHeaderStyle.STATE.
        parent_body (str | Unset): The body above the issuer, printed first at the top left ("TỈNH ỦY ĐẮK LẮK"); may be
            empty. Default: ''.
        issuer (str | Unset): The issuing body, printed under it ("BAN TUYÊN GIÁO"). Default: ''.
        number_symbol (str | Unset): The document's number and symbol ("Số: 12-BC/BTGTU"). Default: ''.
        place (str | Unset): The place printed before the date ("Đắk Lắk, ngày … tháng … năm …"). Default: ''.
        signer_title (str | Unset): The signer's title above the signature ("TRƯỞNG BAN"). Default: ''.
        signer_name (str | Unset): The signer's name under the signature. Default: ''.
        recipients (list[str] | Unset): The "Nơi nhận" list, one recipient a line; at most 50.
    """

    style: ReviewHeaderStyle | Unset = ReviewHeaderStyle.STATE
    parent_body: str | Unset = ""
    issuer: str | Unset = ""
    number_symbol: str | Unset = ""
    place: str | Unset = ""
    signer_title: str | Unset = ""
    signer_name: str | Unset = ""
    recipients: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        parent_body = self.parent_body

        issuer = self.issuer

        number_symbol = self.number_symbol

        place = self.place

        signer_title = self.signer_title

        signer_name = self.signer_name

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if style is not UNSET:
            field_dict["style"] = style
        if parent_body is not UNSET:
            field_dict["parent_body"] = parent_body
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if number_symbol is not UNSET:
            field_dict["number_symbol"] = number_symbol
        if place is not UNSET:
            field_dict["place"] = place
        if signer_title is not UNSET:
            field_dict["signer_title"] = signer_title
        if signer_name is not UNSET:
            field_dict["signer_name"] = signer_name
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _style = d.pop("style", UNSET)
        style: ReviewHeaderStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = ReviewHeaderStyle(_style)

        parent_body = d.pop("parent_body", UNSET)

        issuer = d.pop("issuer", UNSET)

        number_symbol = d.pop("number_symbol", UNSET)

        place = d.pop("place", UNSET)

        signer_title = d.pop("signer_title", UNSET)

        signer_name = d.pop("signer_name", UNSET)

        recipients = cast(list[str], d.pop("recipients", UNSET))

        review_header = cls(
            style=style,
            parent_body=parent_body,
            issuer=issuer,
            number_symbol=number_symbol,
            place=place,
            signer_title=signer_title,
            signer_name=signer_name,
            recipients=recipients,
        )

        return review_header
