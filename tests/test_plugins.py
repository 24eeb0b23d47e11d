from __future__ import annotations

import datetime as dt
import importlib.metadata
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import pressparse
from pressparse import Dateline, Page, Parser
from pressparse.plugins import (
    BoilerplateStripper,
    DatelineParser,
    Registry,
    dateline_parsers,
    register_dateline_parser,
    register_stripper,
    strippers,
)

PAGE = (
    "Press release\n"
    "Harbour authority opens a new ferry line\n"
    "[KESTREL WIRE] HARBOURTOWN, 2 May 2024 - The harbour authority opened a ferry line "
    "between the two shores of the bay this morning.\n"
    "Tickets are sold on board.\n"
    "SPONSORED: visit our shop for ferry souvenirs today\n"
)


class KestrelWireDatelines:
    """
    A third party's dateline parser for a made-up wire: ``[KESTREL WIRE] PLACE, date - ``.
    """

    def parse(self, text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
        prefix = "[KESTREL WIRE] "
        if not text.startswith(prefix):
            return None
        place, _, rest = text[len(prefix) :].partition(", ")
        date_text, sep, _ = rest.partition(" - ")
        if not sep:
            return None
        return Dateline(
            raw=f"{prefix}{place}, {date_text} - ",
            place=place,
            date=dt.datetime.strptime(date_text, "%d %B %Y").date(),
            agency="Kestrel Wire",
        )


class SponsoredStripper:
    """
    A third party's stripper: removes lines that start with ``SPONSORED:``.
    """

    def strip(self, page: Page, /) -> Page:
        numbers = [line.number for line in page.lines if line.text.startswith("SPONSORED:")]
        return page.remove(numbers, kind="advert", stripper="sponsored")


class _EntryPoint:
    """
    Stands in for an installed distribution's entry point.
    """

    def __init__(self, name: str, group: str, target: object) -> None:
        self.name = name
        self.group = group
        self.value = f"thirdparty:{name}"
        self.dist = None
        self._target = target

    def load(self) -> object:
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


@pytest.fixture(name="entry_points")
def _entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[_EntryPoint]]:
    """
    Installs fake entry points; restores the registries afterwards.
    """
    installed: list[_EntryPoint] = []

    def fake(*, group: str) -> list[_EntryPoint]:
        return [ep for ep in installed if ep.group == group]

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    saved: dict[Registry[Any], dict[str, Callable[[], Any]]] = {
        reg: dict(reg._factories) for reg in (strippers, dateline_parsers)
    }
    for reg in saved:
        reg._entry_points_loaded = False
    yield installed
    for reg, factories in saved.items():
        reg._factories.clear()
        reg._factories.update(factories)
        reg._entry_points_loaded = False


class TestEntryPoints:
    def test_parser_uses_entry_point_plugins(self, entry_points: list[_EntryPoint]) -> None:
        """
        Plugins found through the entry-point groups are used by name.
        """
        entry_points.append(_EntryPoint("kestrel", "pressparse.datelines", KestrelWireDatelines))
        entry_points.append(_EntryPoint("sponsored", "pressparse.strippers", SponsoredStripper))
        parser = Parser(
            strippers=["menus", "footer", "sponsored"], datelines=["kestrel", "standard"]
        )
        release = parser.parse(PAGE)
        assert "HARBOURTOWN" == release.place
        assert "Kestrel Wire" == release.dateline.agency  # type: ignore[union-attr]
        assert dt.date(2024, 5, 2) == release.date
        assert (
            "The harbour authority opened a ferry line between the two shores of the bay this "
            "morning.",
            "Tickets are sold on board.",
        ) == release.paragraphs
        assert [("advert", "sponsored")] == [
            (b.kind, b.stripper) for b in release.boilerplate if b.stripper == "sponsored"
        ]

    def test_names_include_entry_points(self, entry_points: list[_EntryPoint]) -> None:
        """
        names() lists entry-point plugins beside the built-ins.
        """
        entry_points.append(_EntryPoint("kestrel", "pressparse.datelines", KestrelWireDatelines))
        assert "kestrel" in dateline_parsers.names()
        assert "standard" in dateline_parsers.names()
        assert "kestrel" in dateline_parsers

    def test_broken_entry_point(self, entry_points: list[_EntryPoint]) -> None:
        """
        An entry point that fails to import raises PluginError naming it.
        """
        entry_points.append(
            _EntryPoint("broken", "pressparse.strippers", ImportError("no module named x"))
        )
        with pytest.raises(pressparse.PluginError, match="broken"):
            Parser(strippers=["broken"])

    def test_code_registration_wins(self, entry_points: list[_EntryPoint]) -> None:
        """
        An entry point does not replace a plugin registered in code.
        """
        entry_points.append(_EntryPoint("menus", "pressparse.strippers", SponsoredStripper))
        strippers.load_entry_points()
        assert "MenuStripper" == type(strippers.create("menus")).__name__


class TestRegistry:
    def test_typo_names_the_available_plugins(self) -> None:
        """
        A misspelt plugin name fails when the Parser is built, listing names.
        """
        with pytest.raises(pressparse.PluginNotFoundError) as info:
            Parser(strippers=["menu"])
        assert "menus" in str(info.value)
        assert "footer" in str(info.value)
        assert isinstance(info.value, LookupError)

    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (pressparse.PluginNotFoundError("stripper", "menu", ["menus"]), LookupError),
            (pressparse.DuplicatePluginError("stripper", "menus"), ValueError),
        ],
    )
    def test_plugin_errors_share_a_base(
        self, error: pressparse.PluginError, builtin: type[Exception]
    ) -> None:
        """
        Every plugin problem is a `PluginError` (and a `PressParseError`),
        besides the builtin it is nearest to; kind and name are kept.
        """
        assert isinstance(error, pressparse.PluginError)
        assert isinstance(error, pressparse.PressParseError)
        assert isinstance(error, builtin)
        assert ("stripper", True) == (error.kind, error.name.startswith("menu"))
        assert "stripper" in str(error)

    def test_typo_in_dateline_parser(self) -> None:
        """
        The same holds for dateline parsers.
        """
        with pytest.raises(pressparse.PluginNotFoundError, match="standard"):
            Parser(datelines=["standrad"])

    def test_register_in_code(self, entry_points: list[_EntryPoint]) -> None:
        """
        register_stripper makes a name usable; registering it again needs
        replace=True.
        """
        register_stripper("sponsored", SponsoredStripper)
        with pytest.raises(pressparse.DuplicatePluginError):
            register_stripper("sponsored", SponsoredStripper)
        register_stripper("sponsored", SponsoredStripper, replace=True)
        release = Parser(strippers=["sponsored"]).parse(PAGE)
        assert not any("SPONSORED" in p for p in release.paragraphs)

    def test_unregister(self, entry_points: list[_EntryPoint]) -> None:
        """
        unregister removes a name; removing an unknown name fails.
        """
        register_dateline_parser("kestrel", KestrelWireDatelines)
        dateline_parsers.unregister("kestrel")
        assert "kestrel" not in dateline_parsers
        with pytest.raises(pressparse.PluginNotFoundError):
            dateline_parsers.unregister("kestrel")

    def test_factory_must_be_callable(self) -> None:
        """
        A non-callable factory is refused at registration.
        """
        with pytest.raises(pressparse.PluginError):
            register_stripper("bad", "not callable")  # type: ignore[arg-type]

    def test_failing_factory(self, entry_points: list[_EntryPoint]) -> None:
        """
        A factory that raises is reported as a PluginError naming it.
        """

        def factory() -> BoilerplateStripper:
            raise RuntimeError("boom")

        register_stripper("exploding", factory)
        with pytest.raises(pressparse.PluginError, match="exploding"):
            Parser(strippers=["exploding"])


class TestPluginObjects:
    def test_instances_are_accepted(self) -> None:
        """
        Parser takes plugin objects as well as names.
        """
        parser = Parser(strippers=[SponsoredStripper()], datelines=[KestrelWireDatelines()])
        release = parser.parse(PAGE)
        assert "Kestrel Wire" == release.dateline.agency  # type: ignore[union-attr]

    def test_object_without_method(self) -> None:
        """
        An object lacking the protocol's method fails when the Parser is built.
        """
        with pytest.raises(pressparse.PluginError, match="strip"):
            Parser(strippers=[object()])  # type: ignore[list-item]
        with pytest.raises(pressparse.PluginError, match="parse"):
            Parser(datelines=[object()])  # type: ignore[list-item]

    def test_protocols_are_runtime_checkable(self) -> None:
        """
        The protocols recognise conforming objects.
        """
        assert isinstance(SponsoredStripper(), BoilerplateStripper)
        assert isinstance(KestrelWireDatelines(), DatelineParser)
        assert not isinstance(object(), DatelineParser)

    def test_no_datelines(self) -> None:
        """
        A Parser with no dateline parsers leaves the dateline in the body.
        """
        release = Parser(datelines=()).parse("A headline\nGENEVA, 1 May 2020 - Text of it.")
        assert release.dateline is None
        assert ("GENEVA, 1 May 2020 - Text of it.",) == release.paragraphs


class TestParserSharing:
    def test_default_parser_pickles(self) -> None:
        """
        A default Parser survives pickling, for process pools and Spark.
        """
        parser = pickle.loads(pickle.dumps(Parser()))
        assert "GENEVA" == parser.parse("Title\nGENEVA, 1 May 2020 - Body text.").place
