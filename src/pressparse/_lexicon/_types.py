"""
The shape of one language's lexicon (`Language`) and the names of its concepts.
"""

from __future__ import annotations

from typing import Final, Literal, TypedDict, get_args

__all__ = ["DATE_TABLES", "WORD_CONCEPTS", "DateTable", "Language", "WordConcept"]

#: A concept listed as one flat tuple of forms.
WordConcept = Literal[
    "ordinal_suffixes",
    "date_articles",
    "date_connectors",
    "year_suffixes",
    "kinds",
    "date_labels",
    "place_labels",
    "source_labels",
    "topic_labels",
    "type_labels",
    "contact_labels",
    "stamp_words",
    "about_headings",
    "disclaimer_headings",
    "contact_headings",
    "enquiry_headings",
    "contact_heading_ends",
    "notes_headings",
    "tag_headings",
    "related_headings",
    "end_words",
    "board_sign_offs",
    "person_styles",
    "post_nominals",
    "office_heads",
    "office_prefixes",
    "house_offices",
    "body_heads",
    "articles",
    "connectors",
    "nav_words",
    "interface_words",
    "street_types",
    "credit_labels",
    "byline_words",
    "ad_labels",
    "back_links",
    "share_calls",
    "staff_posts",
    "click_calls",
    "action_calls",
    "affiliate_words",
    "mention_roles",
    "former_words",
    "object_prepositions",
    "comment_verbs",
    "thread_headings",
    "cookie_words",
    "figure_labels",
    "comment_calls",
]
#: A concept listed as a table: twelve rows (months) or seven (weekdays),
#: each a tuple of the forms of one month or day.
DateTable = Literal["months", "month_abbreviations", "weekdays", "weekday_abbreviations"]

#: Every flat concept, in the order of the `Language` keys.
WORD_CONCEPTS: Final[tuple[WordConcept, ...]] = get_args(WordConcept)
#: Every table, with its number of rows.
DATE_TABLES: Final[dict[DateTable, int]] = {
    "months": 12,
    "month_abbreviations": 12,
    "weekdays": 7,
    "weekday_abbreviations": 7,
}


class Language(TypedDict):
    """
    The words one language's press-release pages use for their own structure.

    Every form is written as pages print it (any case, with diacritics);
    the builder (`pressparse._lexicon`) folds case and escapes. A concept
    left empty is named in ``unattested``. An entry belongs here when
    pages of at least two unrelated publishers print it; one site's words
    go in a plugin (docs/how-to/site-labels.md).

    Attributes:
        code: The language code, the module's name (``"fr"``).
        unattested: The concepts this language leaves empty: the
            language has no such words (articles in Russian), or no page
            pressparse has read prints one yet.
        months: Twelve tuples, January first, of every full spelling of
            the month (nominative, genitive, regional variants).
        month_abbreviations: Twelve tuples of abbreviations, without a
            trailing full stop.
        weekdays: Seven tuples, Monday first, of day names.
        weekday_abbreviations: Seven tuples of their abbreviations, without
            a trailing full stop.
        ordinal_suffixes: What may follow a day number (``"st"``, ``"er"``).
        date_articles: Words that may stand before a date or its day (``"le"``).
        date_connectors: Words between day, month and year (``"de"``).
        year_suffixes: Words printed after a year (``"г."``, ``"roku"``).
        kinds: What a page calls itself (``"Press release"``).
        date_labels: Labels of the publication date (``"Published on"``).
        place_labels: Labels of where a release was issued (``"Place"``).
        source_labels: Labels of the issuing office (``"Issued by"``).
        topic_labels: Labels of subject terms (``"Topics"``).
        type_labels: Labels of the kind of document (``"Content type"``).
        contact_labels: Labels of whom to call or write to (``"Media contact"``).
        stamp_words: Words before a date that make it a stamp of when the
            page was changed or printed (``"Last updated"``, ``"Stand"``).
        about_headings: Openings of an "About <organisation>" section.
        disclaimer_headings: Headings of a company's legal disclaimer.
        contact_headings: Headings of a closing contact section.
        enquiry_headings: Words that head a contact section only as the
            whole line or a label (``"Enquiries:"``).
        contact_heading_ends: The verb a longer contact heading ends on
            (``"... please contact:"``).
        notes_headings: Headings of notes to editors.
        tag_headings: Labels of a closing list of tags or topics.
        related_headings: Headings of a list of other releases.
        end_words: The word of an end mark (``"- ends -"``, ``"FIN"``).
        board_sign_offs: The line over a signatory who signs for a
            company's board (``"On behalf of the Board"``).
        person_styles: A person's styles before a name (``"Senator"``, ``"Dr"``).
        post_nominals: Letters after a name (``"MP"``, ``"QC"``).
        office_heads: The head nouns of offices (``"Minister"``).
        office_prefixes: Words that may stand before an office (``"Shadow"``).
        house_offices: Offices of a parliament's house (``"Leader of the House"``).
        body_heads: The nouns a body's name ends on (``"Commission"``,
            ``"Ministerium"``).
        articles: Articles, which open no second line of a headline alone.
        connectors: Words a headline's line does not end on.
        nav_words: Words of web menus in general (``"Home"``, ``"Newsroom"``),
            one word a form.
        interface_words: Words of a page's buttons and widgets (share,
            comment and menu buttons: ``"Share"``, ``"Schließen"``,
            ``"Kommentare"``), one word a form, lower-cased: a short line
            of them is interface text, never a headline.
        street_types: The word after a street's name (``"Road"``).
        credit_labels: Labels of a picture's credit line, before its
            author or agency (``"Photo: Jane Roe/AFP"``, ``"Bild:"``).
        byline_words: The word before an author's name in a byline
            (``"By Jane Roe"``, ``"Von Jane Roe"``).
        ad_labels: The label a site prints alone over an advertisement
            between an article's paragraphs (``"Advertisement"``,
            ``"Anzeige"``).
        back_links: A link from an article back to the list or page it
            stands in (``"Zurück zur Übersicht"``, ``"Back to top"``).
        share_calls: The words a share button's label or a call to share
            opens with (``"Share this article:"``, ``"Artikel teilen"``).
        staff_posts: A journalist's post on a paper that a staff line
            prints after the name with no byline word (``"Jane Roe
            Education editor"``, ``"Tom Gillespie, news reporter"``).
        click_calls: Words asking the reader to click (``"click here"``,
            ``"hier klicken"``): a line holding them is a button's or an
            offer's, never a headline.
        action_calls: A shop's or a sign-up's button, the words that end
            it (``"Buy now"``; German verbs ``"kaufen"``, ``"bestellen"``:
            ``"Ausgabe kaufen"``): a block of at most three words before
            them is chrome.
        affiliate_words: What a site earns on its links (``"affiliate"``,
            ``"commission"``, ``"Provision"``): a short block naming them
            and its links is the site's affiliate disclosure.
        mention_roles: Nouns of a person's role that a body's name in a
            release's lead modifies (``"official"``: ``a National Security
            Council official``): the body is spoken of, not speaking.
        former_words: Words before an office that make it a past holder's
            (``"former"``): no issuer.
        object_prepositions: Prepositions whose object a body or office in
            a lead is (``"before"``: ``testified before the ... Committee``):
            spoken of, not speaking. Prepositions that also introduce a
            speaker (``"by"``, ``"of"``) are not listed.
        comment_verbs: The verb a blog's comment template prints after a
            commenter's name, then a colon (``"Jane Roe says:"``,
            ``"Jane Roe sagt:"``): the head of a reader's comment.
        thread_headings: The words of a comment thread's heading between
            the number of comments and the article's title (``"11
            Antworten zu “...”"``, ``"6 thoughts on “...”"``).
        cookie_words: Words that, beside the word "cookie", make a block a
            site's cookie notice: the site, the reader's browser, consent,
            privacy (``"This website uses cookies"``, ``"Ihre
            Zustimmung"``).
        figure_labels: The label of a figure's caption, before its number
            and a colon (``"Abbildung 4: ..."``).
        comment_calls: A blog's comment form's heading, alone or before
            its link that cancels a reply (``"Leave a Reply Cancel
            reply"``, ``"Schreibe einen Kommentar Antworten abbrechen"``).
    """

    code: str
    unattested: tuple[str, ...]
    months: tuple[tuple[str, ...], ...]
    month_abbreviations: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    weekday_abbreviations: tuple[tuple[str, ...], ...]
    ordinal_suffixes: tuple[str, ...]
    date_articles: tuple[str, ...]
    date_connectors: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    kinds: tuple[str, ...]
    date_labels: tuple[str, ...]
    place_labels: tuple[str, ...]
    source_labels: tuple[str, ...]
    topic_labels: tuple[str, ...]
    type_labels: tuple[str, ...]
    contact_labels: tuple[str, ...]
    stamp_words: tuple[str, ...]
    about_headings: tuple[str, ...]
    disclaimer_headings: tuple[str, ...]
    contact_headings: tuple[str, ...]
    enquiry_headings: tuple[str, ...]
    contact_heading_ends: tuple[str, ...]
    notes_headings: tuple[str, ...]
    tag_headings: tuple[str, ...]
    related_headings: tuple[str, ...]
    end_words: tuple[str, ...]
    board_sign_offs: tuple[str, ...]
    person_styles: tuple[str, ...]
    post_nominals: tuple[str, ...]
    office_heads: tuple[str, ...]
    office_prefixes: tuple[str, ...]
    house_offices: tuple[str, ...]
    body_heads: tuple[str, ...]
    articles: tuple[str, ...]
    connectors: tuple[str, ...]
    nav_words: tuple[str, ...]
    interface_words: tuple[str, ...]
    street_types: tuple[str, ...]
    credit_labels: tuple[str, ...]
    byline_words: tuple[str, ...]
    ad_labels: tuple[str, ...]
    back_links: tuple[str, ...]
    share_calls: tuple[str, ...]
    staff_posts: tuple[str, ...]
    click_calls: tuple[str, ...]
    action_calls: tuple[str, ...]
    affiliate_words: tuple[str, ...]
    mention_roles: tuple[str, ...]
    former_words: tuple[str, ...]
    object_prepositions: tuple[str, ...]
    comment_verbs: tuple[str, ...]
    thread_headings: tuple[str, ...]
    cookie_words: tuple[str, ...]
    figure_labels: tuple[str, ...]
    comment_calls: tuple[str, ...]
