"""
Shapes of the lines that stand above a headline: letterheads.

Government and party releases open with who issues them (``Minister for
Justice and Customs``, ``Senator the Hon Amanda Vanstone``, ``Australian
Greens``), a kind label and a date, in any order, often several on one line.
These patterns name the general shape of an office, a person's style and an
organisation; they hold no words of any one page.

The shapes live in four layers, each reading only the ones before it:
`_lines`, `_names`, `_offices`, `_headlines`.
"""

from __future__ import annotations

from ._headlines import (
    GLUED_HEADLINE_WORDS,
    MAX_KIND_SUFFIX_HEAD_WORDS,
    MAX_SUFFIX_WORDS,
    OPENER_REACH,
    byline_office,
    clean_title,
    kind_prefix,
    kind_suffix,
    split_glued_headline,
    split_title_case_lead,
    strip_site_suffix,
)
from ._lines import (
    MAX_SHORT_CRUMB_WORDS,
    breadcrumb,
    collapse_letter_spacing,
    is_call_to_action,
    is_chrome,
    is_interface,
    is_label_strip,
    is_reference,
    starts_with_address,
)
from ._names import (
    MAX_BODY_NAME_WORDS,
    MAX_ORGANISATION_LEAD_WORDS,
    MAX_PORTFOLIO_LOWER_WORDS,
    SURNAME_MENTION,
    body_name,
    copyright_holder,
    drop_trailing_name,
    is_person,
    is_seat,
    letterhead_organisation,
    looks_like_name,
    opens_with_person,
    organisation,
    organisation_in,
    signed_organisation,
)
from ._offices import (
    LEAD_CHARS,
    LEAD_RUN_ON_CHARS,
    MAX_PORTFOLIO_LINE_WORDS,
    MAX_PORTFOLIO_WRAP_WORDS,
    close_portfolio,
    continues_office,
    is_government,
    issuer_in_lead,
    office,
    office_in_headline,
    office_named_in,
    office_words,
    offices,
    speaker_in_lead,
    speaks_for_a_body,
    speaks_in_lead,
    substantive_office,
)

__all__ = [
    "GLUED_HEADLINE_WORDS",
    "LEAD_CHARS",
    "LEAD_RUN_ON_CHARS",
    "MAX_BODY_NAME_WORDS",
    "MAX_KIND_SUFFIX_HEAD_WORDS",
    "MAX_ORGANISATION_LEAD_WORDS",
    "MAX_PORTFOLIO_LINE_WORDS",
    "MAX_PORTFOLIO_LOWER_WORDS",
    "MAX_PORTFOLIO_WRAP_WORDS",
    "MAX_SHORT_CRUMB_WORDS",
    "MAX_SUFFIX_WORDS",
    "OPENER_REACH",
    "SURNAME_MENTION",
    "body_name",
    "breadcrumb",
    "byline_office",
    "clean_title",
    "close_portfolio",
    "collapse_letter_spacing",
    "continues_office",
    "copyright_holder",
    "drop_trailing_name",
    "is_call_to_action",
    "is_chrome",
    "is_government",
    "is_interface",
    "is_label_strip",
    "is_person",
    "is_reference",
    "is_seat",
    "issuer_in_lead",
    "kind_prefix",
    "kind_suffix",
    "letterhead_organisation",
    "looks_like_name",
    "office",
    "office_in_headline",
    "office_named_in",
    "office_words",
    "offices",
    "opens_with_person",
    "organisation",
    "organisation_in",
    "signed_organisation",
    "speaker_in_lead",
    "speaks_for_a_body",
    "speaks_in_lead",
    "split_glued_headline",
    "split_title_case_lead",
    "starts_with_address",
    "strip_site_suffix",
    "substantive_office",
]
