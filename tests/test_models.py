from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import pressparse
from pressparse import Boilerplate, Dateline, MetaField, Release


def _full_release() -> Release:
    return Release(
        title="Ministers agree on a river network",
        kind="Press release",
        date=dt.date(2025, 3, 3),
        place="NAIROBI",
        source="Regional Water Office",
        topics=["Water", "Floods"],
        dateline=Dateline(
            raw="NAIROBI, 3 March 2025 – ",
            place="NAIROBI",
            date=dt.date(2025, 3, 3),
            agency=None,
        ),
        paragraphs=["First.", "Second."],
        metadata=[MetaField(label="Place", values=["NAIROBI"]), MetaField(label="Date")],
        boilerplate=[Boilerplate(kind="menu", stripper="menus", lines=["- Home"], start=0)],
    )


class TestRelease:
    def test_frozen(self) -> None:
        """
        A Release cannot be changed in place; attrs.evolve makes a new one.
        """
        release = _full_release()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            release.title = "x"  # type: ignore[misc]
        assert "x" == attrs.evolve(release, title="x").title

    def test_keyword_only(self) -> None:
        """
        Fields must be named: positional arguments are refused.
        """
        with pytest.raises(TypeError):
            Release("A title")  # type: ignore[call-arg]

    def test_sequences_become_tuples(self) -> None:
        """
        Lists given for sequence fields are stored as tuples, so a Release
        stays hashable.
        """
        release = _full_release()
        assert ("Water", "Floods") == release.topics
        assert ("First.", "Second.") == release.paragraphs
        assert isinstance(hash(release), int)

    def test_round_trip_through_json(self) -> None:
        """
        to_dict gives JSON-ready data that from_dict turns back into an
        equal Release.
        """
        release = _full_release()
        data = json.loads(json.dumps(release.to_dict()))
        assert release == Release.from_dict(data)

    def test_empty_release(self) -> None:
        """
        A Release with no fields is empty and round-trips too.
        """
        release = Release()
        assert release.is_empty
        assert release == Release.from_dict(release.to_dict())

    def test_meta_lookup(self) -> None:
        """
        meta() finds a label case-insensitively, with or without colon.
        """
        release = _full_release()
        assert ("NAIROBI",) == release.meta("place:")
        assert () == release.meta("Date")
        assert () == release.meta("Source")

    def test_body(self) -> None:
        """
        body joins the paragraphs with blank lines.
        """
        assert "First.\n\nSecond." == _full_release().body


class TestMetaField:
    def test_value(self) -> None:
        """
        value joins the values, and is None when there are none.
        """
        assert "a, b" == MetaField(label="Topics", values=("a", "b")).value
        assert None is MetaField(label="Date").value


class TestBoilerplate:
    def test_text(self) -> None:
        """
        text gives the removed lines as printed.
        """
        block = Boilerplate(kind="menu", stripper="menus", lines=("- a", "- b"), start=3)
        assert "- a\n- b" == block.text


class TestVersion:
    def test_version_is_a_string(self) -> None:
        """
        The package exposes its version.
        """
        assert pressparse.__version__.count(".") >= 2
