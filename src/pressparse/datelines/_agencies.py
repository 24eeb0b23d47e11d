"""
Wire services and news agencies named in datelines, and their normal names.

Plain data plus one lookup function. Keys are `agency_key` normalisations:
case-folded, with everything but letters and digits removed, so
``"BUSINESS WIRE"``, ``"Business Wire"`` and ``"businesswire"`` meet.
"""

from __future__ import annotations

from typing import Final

import regex

_NOT_ALNUM: Final = regex.compile(r"[^\p{L}\p{N}]++")

#: Normal agency names by key.
AGENCIES: Final[dict[str, str]] = {
    # Press-release wires.
    "businesswire": "Business Wire",
    "prnewswire": "PR Newswire",
    "prnewswirefirstcall": "PR Newswire",
    "prnewswireusnewswire": "PR Newswire",
    "prnewswireasia": "PR Newswire",
    "prnewswireapac": "PR Newswire",
    "usnewswire": "PR Newswire",
    "globenewswire": "GlobeNewswire",
    "globenewswireinc": "GlobeNewswire",
    "primezone": "PrimeZone",
    "primezonemediannetwork": "PrimeZone",
    "primenewswire": "PrimeZone",
    "marketwire": "Marketwired",
    "marketwired": "Marketwired",
    "cnw": "CNW",
    "newswire": "Newswire",
    "einpresswire": "EIN Presswire",
    "einpresswirecom": "EIN Presswire",
    "einnews": "EIN Presswire",
    "accesswire": "ACCESSWIRE",
    "ots": "ots",
    "newsaktuell": "ots",
    "pressetext": "pressetext",
    "aptn": "AP",
    # News agencies.
    "ap": "AP",
    "associatedpress": "AP",
    "theassociatedpress": "AP",
    "reuters": "Reuters",
    "thomsonreuters": "Reuters",
    "afp": "AFP",
    "agencefrancepresse": "AFP",
    "dpa": "dpa",
    "apa": "APA",
    "ansa": "ANSA",
    "efe": "EFE",
    "europapress": "Europa Press",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "xinhuanet": "Xinhua",
    "kyodo": "Kyodo",
    "kyodonews": "Kyodo",
    "jiji": "Jiji Press",
    "jijipress": "Jiji Press",
    "yonhap": "Yonhap",
    "bernama": "Bernama",
    "antara": "Antara",
    "pti": "PTI",
    "ians": "IANS",
    "kazinform": "Kazinform",
    "tass": "TASS",
    "itartass": "TASS",
    "тасс": "TASS",
    "итартасс": "TASS",
    "rianovosti": "RIA Novosti",
    "риановости": "RIA Novosti",
    "ria": "RIA Novosti",
    "риа": "RIA Novosti",
    "interfax": "Interfax",
    "интерфакс": "Interfax",
    "prime": "PRIME",
    "прайм": "PRIME",
    "anadoluagency": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "belta": "BelTA",
    "trend": "Trend",
    "apanews": "APA",
}

#: Agency names that may follow the separator of a dateline and end in a
#: full stop (``МОСКВА, 20 ноя - ПРАЙМ. ``). Matched as printed.
TRAILING_AGENCIES: Final = (
    "ПРАЙМ",
    "РИА Новости",
    "ТАСС",
    "ИТАР-ТАСС",
    "Интерфакс",
    "PRIME",
    "Kazinform",
    "KAZINFORM",
    "Trend",
    "BelTA",
)


def agency_key(name: str) -> str:
    """
    Return the lookup key of an agency name: case-folded, letters and
    digits only.
    """
    return _NOT_ALNUM.sub("", name.casefold())


def is_known_agency(name: str) -> bool:
    """
    Return ``True`` when *name* (as printed, a by-line after a comma
    allowed) is an agency of the `AGENCIES` table, one of its regional
    services (``dpa/lni``), or of the PR Newswire, GlobeNewswire or
    Business Wire families.
    """
    head = name.split(",", 1)[0]
    key = agency_key(head)
    if key in AGENCIES or key.startswith(("prnewswire", "globenewswire", "businesswire")):
        return True
    # An agency's regional service after a slash: "dpa/lni", "dpa/lno".
    service = head.split("/", 1)
    return len(service) == 2 and agency_key(service[0]) in AGENCIES


def normalise_agency(name: str) -> str | None:
    """
    Return the normal name of the agency printed as *name*.

    A by-line after a comma (``RIA Novosti, Ivan Petrov``) is dropped;
    the PR Newswire family (``PRNewswire-FirstCall``) collapses to one name;
    an agency this table does not know is returned as printed, white space
    collapsed.

    Args:
        name: The agency as printed, without brackets or slashes.

    Returns:
        The normal name, or ``None`` when *name* holds no letters.
    """
    head = name.split(",", 1)[0]
    key = agency_key(head)
    if not key or key.isdigit():
        return None
    known = AGENCIES.get(key)
    if known is not None:
        return known
    if key.startswith("prnewswire"):
        return "PR Newswire"
    if key.startswith("globenewswire"):
        return "GlobeNewswire"
    if key.startswith("businesswire"):
        return "Business Wire"
    return " ".join(head.split())
