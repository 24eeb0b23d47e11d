"""
Page regions named by an element's tag, ARIA role, class or id.

Plain data: the words of page templates in general (several languages),
never the words of one site.
"""

from __future__ import annotations

import re
from typing import Final

#: Zones whose lines are boilerplate; `HtmlRegionStripper` removes them.
BOILERPLATE_ZONES: Final = frozenset(
    {
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "search",
        "cookie",
        "share",
        "related",
        "newsletter",
        "comments",
        "ads",
        "dialog",
        "links",
        "caption",
    }
)

#: Zones named by the element itself: strong evidence.
TAG_ZONES: Final = {
    "nav": "nav",
    "menu": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "form": "form",
    "dialog": "dialog",
    "figcaption": "caption",
}

#: Zones named by an ARIA ``role``.
ROLE_ZONES: Final = {
    "navigation": "nav",
    "menubar": "nav",
    "menu": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "search",
    "dialog": "dialog",
    "alertdialog": "dialog",
}

#: Whole words of a class or id (split at anything not a letter or digit).
WORD_ZONES: Final = {
    # navigation
    "nav": "nav",
    "navi": "nav",
    "navbar": "nav",
    "menu": "nav",
    "menue": "nav",
    "menubar": "nav",
    "mainmenu": "nav",
    "submenu": "nav",
    "topmenu": "nav",
    "megamenu": "nav",
    "mainnav": "nav",
    "subnav": "nav",
    "topnav": "nav",
    "sitenav": "nav",
    "pagination": "nav",
    "pager": "nav",
    "skiplinks": "nav",
    "skiplink": "nav",
    "sitemap": "nav",
    "toolbar": "nav",
    "servicenav": "nav",
    "metanav": "nav",
    # header
    "header": "header",
    "masthead": "header",
    "topbar": "header",
    "kopf": "header",
    "kopfzeile": "header",
    "entete": "header",
    "cabecera": "header",
    # footer
    "footer": "footer",
    "fusszeile": "footer",
    "fuss": "footer",
    "fusszone": "footer",
    "pied": "footer",
    "piedpage": "footer",
    "colophon": "footer",
    "copyright": "footer",
    "impressum": "footer",
    # sidebars
    "sidebar": "aside",
    "aside": "aside",
    "seitenleiste": "aside",
    "marginal": "aside",
    "marginalspalte": "aside",
    "rail": "aside",
    "sidenav": "nav",
    # consent banners
    "cookie": "cookie",
    "cookies": "cookie",
    "cookiebanner": "cookie",
    "cookieconsent": "cookie",
    "consent": "cookie",
    "gdpr": "cookie",
    "privacybanner": "cookie",
    # sharing
    "share": "share",
    "sharing": "share",
    "shares": "share",
    "sharebar": "share",
    "social": "share",
    "socials": "share",
    "socialmedia": "share",
    "addthis": "share",
    "shariff": "share",
    "teilen": "share",
    "partager": "share",
    "compartir": "share",
    # related content
    "related": "related",
    "recommended": "related",
    "recommendations": "related",
    "empfehlungen": "related",
    "tagcloud": "related",
    "morenews": "related",
    "relatedposts": "related",
    # newsletter
    "newsletter": "newsletter",
    "subscribe": "newsletter",
    "subscription": "newsletter",
    "signup": "newsletter",
    "abonnieren": "newsletter",
    # comments
    "comments": "comments",
    "comment": "comments",
    "kommentare": "comments",
    "commentaires": "comments",
    "comentarios": "comments",
    "disqus": "comments",
    "respond": "comments",
    # ads
    "ad": "ads",
    "ads": "ads",
    "advert": "ads",
    "adverts": "ads",
    "advertisement": "ads",
    "anzeige": "ads",
    "werbung": "ads",
    "sponsored": "ads",
    "publicite": "ads",
    "publicidad": "ads",
    # search
    "search": "search",
    "suche": "search",
    "recherche": "search",
    "busqueda": "search",
    "searchform": "search",
    "login": "form",
}

# Stems recognised inside longer words ("mainNavigation", "footerLinks",
# "breadcrumbs", "cookieNotice").
_STEMS: Final = (
    ("breadcrumb", "nav"),
    ("brotkrume", "nav"),
    ("brotkrumen", "nav"),
    ("navigation", "nav"),
    ("footer", "footer"),
    ("sidebar", "aside"),
    ("cookie", "cookie"),
    ("newsletter", "newsletter"),
    ("socialmedia", "share"),
    ("sharing", "share"),
)
_STEM_RE: Final = re.compile("|".join(stem for stem, _ in _STEMS))
_STEM_ZONE: Final = dict(_STEMS)
_SPLIT: Final = re.compile(r"[^a-z0-9]+")

#: class/id words that mark the article body itself.
MAIN_WORDS: Final = frozenset(
    {
        "articlebody",
        "article-body",
        "article-content",
        "articlecontent",
        "entry-content",
        "post-content",
        "post-body",
        "story-body",
        "news-content",
        "news-detail",
        "newsdetail",
        "press-release",
        "pressrelease",
        "pressemitteilung",
        "main-content",
        "maincontent",
    }
)


def zone_of_words(words: str) -> str | None:
    """
    Return the zone a class/id string names, or ``None``.

    *words* is the lower-cased class and id joined by a space. Whole words
    come first (``"site-footer"`` has the word ``footer``), then a few
    distinctive stems inside longer words (``"mainnavigation"``).
    """
    if "__" in words or "--" in words:
        # BEM: "intro__breadcrumb" is a part of an intro, "nav--dark" a nav.
        words = " ".join(name.split("__")[0].split("--")[0] for name in words.split())
    for word in _SPLIT.split(words):
        zone = WORD_ZONES.get(word)
        if zone is not None:
            return zone
    match = _STEM_RE.search(words)
    if match:
        return _STEM_ZONE[match.group(0)]
    return None


def names_main(words: str) -> bool:
    """
    ``True`` when a class/id string names the article body
    (``"article-body"``, ``"entry-content"``, ...).
    """
    return not MAIN_WORDS.isdisjoint(words.split())


#: What one whitespace-separated class/id token says: the zone of its first
#: whole word, the zone of its first stem, and whether it names the body.
_TokenEvidence = tuple[str | None, str | None, bool]
#: Token evidence, cached: class names repeat within a page and across the
#: pages of one site, and so do the generic ones ("row", "col-md-6") across
#: sites.
_TOKEN_CACHE: dict[str, _TokenEvidence] = {}
_TOKEN_CACHE_SIZE: Final = 50_000


def _token_evidence(token: str) -> _TokenEvidence:
    """
    The evidence of one class/id token (see `_TokenEvidence`), computed
    as `zone_of_words` and `names_main` read a token, and cached.
    """
    name = token.split("__")[0].split("--")[0] if "__" in token or "--" in token else token
    word_zone = None
    for word in _SPLIT.split(name):
        word_zone = WORD_ZONES.get(word)
        if word_zone is not None:
            break
    match = _STEM_RE.search(name)
    found = (word_zone, _STEM_ZONE[match.group(0)] if match else None, token in MAIN_WORDS)
    if len(_TOKEN_CACHE) >= _TOKEN_CACHE_SIZE:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[token] = found
    return found


def words_evidence(words: str) -> tuple[str | None, bool]:
    """
    ``(zone_of_words(words), names_main(words))``, from the evidence of each
    whitespace-separated token, cached per token.

    A class/id string splits into words only inside its tokens (white space
    splits words too), its BEM cut applies to each token alone, and no stem
    holds white space, so the first token with a whole-word zone gives
    `zone_of_words`' answer, else the first token with a stem.
    """
    word_zone = stem_zone = None
    main = False
    get = _TOKEN_CACHE.get
    for token in words.split():
        found = get(token) or _token_evidence(token)
        if word_zone is None:
            word_zone = found[0]
        if stem_zone is None:
            stem_zone = found[1]
        if found[2]:
            main = True
    return word_zone or stem_zone, main
