"""
A small name -> factory registry with lazy entry-point discovery.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from .exceptions import DuplicatePluginError, PluginError, PluginNotFoundError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

T = TypeVar("T")


class Registry(Generic[T]):
    """
    Maps plugin names to zero-argument factories that build plugins.

    Built-in plugins are registered in code. Third-party plugins are found
    through the entry-point group *group* the first time a name is missed
    or the names are listed; a name registered in code wins over an entry
    point of the same name.

    Args:
        kind: What the registry holds, for error messages.
        group: The entry-point group searched for third-party plugins.
        check: Called on every plugin a factory builds; returns an error
            message when the object does not fit the protocol, else ``None``.
    """

    def __init__(self, kind: str, group: str, check: Callable[[object], str | None]) -> None:
        self.kind = kind
        self.group = group
        self._check = check
        self._factories: dict[str, Callable[[], T]] = {}
        self._entry_points_loaded = False
        self._lock = threading.Lock()

    def register(self, name: str, factory: Callable[[], T], *, replace: bool = False) -> None:
        """
        Register *factory* under *name*.

        Raises:
            DuplicatePluginError: *name* is taken and *replace* is false.
            PluginError: *factory* is not callable.
        """
        if not callable(factory):
            raise PluginError(self.kind, name, "factory must be callable (a class works)")
        if name in self._factories and not replace:
            raise DuplicatePluginError(self.kind, name)
        self._factories[name] = factory

    def unregister(self, name: str) -> None:
        """
        Remove *name*.

        Raises:
            PluginNotFoundError: *name* is not registered.
        """
        if name not in self._factories:
            raise PluginNotFoundError(self.kind, name, self._factories)
        del self._factories[name]

    def create(self, name: str) -> T:
        """
        Build the plugin registered as *name*.

        Raises:
            PluginNotFoundError: No such name, listing the available ones.
            PluginError: The factory failed or built an object that does
                not fit the protocol.
        """
        factory = self._factories.get(name)
        if factory is None:
            self.load_entry_points()
            factory = self._factories.get(name)
        if factory is None:
            raise PluginNotFoundError(self.kind, name, self._factories)
        try:
            plugin = factory()
        except Exception as exc:
            raise PluginError(self.kind, name, f"factory failed: {exc!r}") from exc
        self.validate(plugin, name)
        return plugin

    def validate(self, plugin: object, name: str) -> None:
        """
        Raise `PluginError` when *plugin* does not fit the protocol.
        """
        problem = self._check(plugin)
        if problem is not None:
            raise PluginError(self.kind, name, problem)

    def names(self) -> tuple[str, ...]:
        """
        Return every registered name, entry points included, sorted.
        """
        self.load_entry_points()
        return tuple(sorted(self._factories))

    def __contains__(self, name: object) -> bool:
        if name in self._factories:
            return True
        self.load_entry_points()
        return name in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def load_entry_points(self, *, force: bool = False) -> None:
        """
        Register the plugins of the entry-point group, once.

        Names already registered are skipped. An entry point that fails to
        import raises `PluginError` naming it and its distribution.
        """
        with self._lock:
            if self._entry_points_loaded and not force:
                return
            self._entry_points_loaded = True
            # Imported here: importlib.metadata costs tens of milliseconds
            # at import, and most programs never look for plugins.
            metadata = importlib.import_module("importlib.metadata")
            for ep in metadata.entry_points(group=self.group):
                if ep.name in self._factories:
                    continue
                self._factories[ep.name] = cast("Callable[[], T]", _LazyEntryPoint(ep, self.kind))


class _LazyEntryPoint:
    """
    A factory that imports its entry point on first use.
    """

    def __init__(self, ep: EntryPoint, kind: str) -> None:
        self._ep = ep
        self._kind = kind

    def __call__(self) -> object:
        try:
            target = self._ep.load()
        except Exception as exc:
            dist = getattr(self._ep, "dist", None)
            where = f" (from {dist.name})" if dist is not None else ""
            raise PluginError(
                self._kind, self._ep.name, f"entry point {self._ep.value}{where} failed: {exc!r}"
            ) from exc
        if not callable(target):
            raise PluginError(self._kind, self._ep.name, "entry point is not callable")
        return target()
