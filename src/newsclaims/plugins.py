"""Loading plugins: built-ins and entry points through one path, lazily, failures isolated.

Built-in ingesters are ordinary plugin modules listed in :data:`DEFAULT_PLUGINS` and registered
with the same ``pm.register(module, name)`` call the entry-point loader uses. Entry points in the
``newsclaims`` group are loaded one by one on first use (never at import), so one broken plugin
is reported with its name and does not take the others down.

Environment switches:

- ``NEWSCLAIMS_LOAD_PLUGINS``: comma-separated names of the entry-point plugins to load
  (an empty value loads none); unset loads all. Built-ins always load.
- ``NEWSCLAIMS_TRACE_HOOKS``: when set to a non-empty value other than ``0``, every hook call
  and its result are written to stderr.
"""

import importlib
import importlib.metadata
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newsclaims import hookspecs
from newsclaims.errors import PluginError, UnknownIngester
from newsclaims.ingester import Ingester
from newsclaims.quotes.base import NamedQuoteExtractor

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "newsclaims"
LOAD_PLUGINS_ENV = "NEWSCLAIMS_LOAD_PLUGINS"
TRACE_HOOKS_ENV = "NEWSCLAIMS_TRACE_HOOKS"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "newsclaims.ingesters.text",
    "newsclaims.ingesters.html",
    "newsclaims.ingesters.feed",
    "newsclaims.quotes.plugin",
)


@attrs.frozen
class PluginFailure:
    """A plugin that could not be loaded or whose hook raised."""

    name: str
    package: str | None
    reason: str


@attrs.frozen
class IngesterInfo:
    """A registered ingester and the plugin that provided it."""

    ingester: Ingester
    plugin: str
    package: str | None
    version: str | None
    builtin: bool


def _check_ingester(obj: object) -> str | None:
    for attribute in ("name", "media_types", "extensions", "detect", "ingest"):
        if not hasattr(obj, attribute):
            return f"ingester {obj!r} has no {attribute!r}"
    name = getattr(obj, "name", None)
    if not isinstance(name, str) or not name:
        return f"ingester {obj!r} has an empty or non-string name"
    return None


class PluginRegistry:
    """A plugin manager with typed access to what the plugins provide.

    Create a fresh one for tests (``PluginRegistry(load_entry_points=False)`` then
    :meth:`register`); the library uses the shared one from :func:`get_registry`.
    """

    def __init__(
        self,
        *,
        load_entry_points: bool = True,
        builtins: Iterable[str] = DEFAULT_PLUGINS,
        trace: bool | None = None,
    ) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self._load_entry_points = load_entry_points
        self._builtins = tuple(builtins)
        self._loaded = False
        self._lock = threading.RLock()
        self._packages: dict[str, tuple[str | None, str | None]] = {}
        self._builtin_names: set[str] = set()
        self.failures: list[PluginFailure] = []
        self._ingesters: list[IngesterInfo] | None = None
        if trace is None:
            trace = os.environ.get(TRACE_HOOKS_ENV, "") not in ("", "0")
        self._trace = trace
        if trace:
            self._enable_tracing()

    def _enable_tracing(self) -> None:
        def before(hook_name: str, impls: Any, kwargs: Any) -> None:
            names = [impl.plugin_name for impl in impls]
            print(f"newsclaims: hook {hook_name}({kwargs}) -> {names}", file=sys.stderr)

        def after(outcome: Any, hook_name: str, impls: Any, kwargs: Any) -> None:
            print(f"newsclaims: hook {hook_name} returned {outcome.get_result()!r}",
                  file=sys.stderr)

        self.pm.add_hookcall_monitoring(before, after)

    def _trace_call(self, plugin_name: str, outcome: str) -> None:
        # ingesters() calls implementations one by one, past pluggy's call monitoring.
        if self._trace:
            print(f"newsclaims: hook register_ingesters [{plugin_name}] {outcome}",
                  file=sys.stderr)

    # -- registration -------------------------------------------------------------------

    def register(
        self,
        plugin: ModuleType | object,
        name: str | None = None,
        *,
        package: str | None = None,
        version: str | None = None,
        builtin: bool = False,
    ) -> str:
        """Register a plugin object (usually a module with ``@hookimpl`` functions)."""
        with self._lock:
            registered = self.pm.register(plugin, name)
            if registered is None:
                raise PluginError("is blocked or already registered", plugin=name)
            self._packages[registered] = (package, version)
            if builtin:
                self._builtin_names.add(registered)
            self._ingesters = None
            return registered

    def unregister(self, name: str) -> None:
        with self._lock:
            self.pm.unregister(name=name)
            self._ingesters = None

    def load(self) -> None:
        """Register the built-ins and the entry-point plugins, once."""
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            for module_name in self._builtins:
                try:
                    module = importlib.import_module(module_name)
                except Exception as exc:  # built-ins are plugins: isolated the same way
                    logger.error("built-in plugin %r failed to load: %s", module_name, exc)
                    self.failures.append(PluginFailure(name=module_name, package="newsclaims",
                                                       reason=f"{type(exc).__name__}: {exc}"))
                    continue
                self.register(module, module_name, package="newsclaims",
                              version=_version("newsclaims"), builtin=True)
            if self._load_entry_points:
                self._load_from_entry_points()
            self._report_unknown_hooks()

    def _report_unknown_hooks(self) -> None:
        # pm.check_pending() stops at the first one and names the plugin object, not its name.
        for hook_name, caller in sorted(vars(self.pm.hook).items()):
            if hook_name.startswith("_") or caller.has_spec():
                continue
            for impl in caller.get_hookimpls():
                if impl.optionalhook:
                    continue
                package = self._packages.get(impl.plugin_name, (None, None))[0]
                self.failures.append(PluginFailure(
                    name=impl.plugin_name, package=package,
                    reason=f"unknown hook {hook_name!r} (misspelled, or needs a newer newsclaims)",
                ))

    def _load_from_entry_points(self) -> None:
        wanted_env = os.environ.get(LOAD_PLUGINS_ENV)
        wanted = None if wanted_env is None else {
            n.strip() for n in wanted_env.split(",") if n.strip()
        }
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if wanted is not None and entry_point.name not in wanted:
                continue
            dist = getattr(entry_point, "dist", None)
            package = dist.metadata["Name"] if dist is not None else None
            version = dist.version if dist is not None else None
            if self.pm.has_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
                self.register(plugin, entry_point.name, package=package, version=version)
            except Exception as exc:  # a broken plugin must not take the others down
                logger.warning("newsclaims plugin %r failed to load: %s", entry_point.name, exc)
                self.failures.append(
                    PluginFailure(name=entry_point.name, package=package,
                                  reason=f"{type(exc).__name__}: {exc}")
                )

    # -- typed facade over the hooks ----------------------------------------------------

    def ingesters(self) -> list[IngesterInfo]:
        """Every registered ingester; a hook that raises is recorded in :attr:`failures`."""
        self.load()
        with self._lock:
            if self._ingesters is not None:
                return list(self._ingesters)
            found: list[IngesterInfo] = []
            seen: set[str] = set()
            # Call each implementation alone so one raising hook costs only its own plugin.
            for impl in reversed(self.pm.hook.register_ingesters.get_hookimpls()):
                plugin_name = impl.plugin_name
                package, version = self._packages.get(plugin_name, (None, None))
                collected: list[Ingester] = []
                try:
                    _call_hookimpl(impl.function, impl.argnames, register=collected.append)
                except Exception as exc:
                    self.failures.append(PluginFailure(name=plugin_name, package=package,
                                                       reason=f"{type(exc).__name__}: {exc}"))
                    self._trace_call(plugin_name, f"raised {type(exc).__name__}: {exc}")
                    continue
                self._trace_call(plugin_name, f"registered {collected!r}")
                for ingester in collected:
                    problem = _check_ingester(ingester)
                    if problem is None and ingester.name in seen:
                        problem = f"ingester name {ingester.name!r} is already registered"
                    if problem is not None:
                        self.failures.append(PluginFailure(name=plugin_name, package=package,
                                                           reason=problem))
                        continue
                    seen.add(ingester.name)
                    found.append(IngesterInfo(ingester=ingester, plugin=plugin_name,
                                              package=package, version=version,
                                              builtin=plugin_name in self._builtin_names))
            self._ingesters = found
            return list(found)

    def get_ingester(self, name: str) -> IngesterInfo:
        for info in self.ingesters():
            if info.ingester.name == name:
                return info
        known = ", ".join(sorted(i.ingester.name for i in self.ingesters()))
        raise UnknownIngester(f"no ingester named {name!r} (known: {known})")

    def quote_extractors(self) -> dict[str, NamedQuoteExtractor]:
        """Registered quote extractors by name; a hook that raises, or an object that is not
        an extractor, is recorded in :attr:`failures` and skipped. On a name registered twice,
        the later-registered plugin wins (a plugin can replace the built-in) and the clash is
        recorded."""
        self.load()
        with self._lock:
            impls = self.pm.hook.register_quote_extractors.get_hookimpls()
            # Keyed by the implementations, so (un)registering a plugin reads the hooks again.
            key = tuple((impl.plugin_name, id(impl.function)) for impl in impls)
            cached: tuple[object, dict[str, NamedQuoteExtractor]] | None = getattr(
                self, "_quote_extractors", None
            )
            if cached is not None and cached[0] == key:
                return dict(cached[1])
            found: dict[str, NamedQuoteExtractor] = {}
            for impl in impls:  # pluggy lists the earliest-registered first
                plugin_name = impl.plugin_name
                package = self._packages.get(plugin_name, (None, None))[0]
                collected: list[NamedQuoteExtractor] = []
                try:
                    _call_hookimpl(impl.function, impl.argnames, register=collected.append)
                except Exception as exc:
                    self.failures.append(PluginFailure(name=plugin_name, package=package,
                                                       reason=f"{type(exc).__name__}: {exc}"))
                    continue
                for extractor in collected:
                    name = getattr(extractor, "name", None)
                    problem = None
                    if not callable(getattr(extractor, "extract", None)):
                        problem = f"quote extractor {extractor!r} has no extract()"
                    elif not isinstance(name, str) or not name:
                        problem = f"quote extractor {extractor!r} has an empty or non-string name"
                    elif name in found:
                        problem = f"quote extractor {name!r} replaces an earlier one"
                    if problem is not None:
                        self.failures.append(PluginFailure(name=plugin_name, package=package,
                                                           reason=problem))
                        if not (isinstance(name, str) and name in found):
                            continue
                    found[str(name)] = extractor
            self._quote_extractors = (key, found)
            return dict(found)


def _call_hookimpl(function: Callable[..., Any], argnames: tuple[str, ...], **kwargs: Any) -> Any:
    # The spec's arguments the implementation asks for, by keyword, as pluggy itself does.
    return function(**{name: kwargs[name] for name in argnames if name in kwargs})


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


_registry: PluginRegistry | None = None
_registry_lock = threading.Lock()


def get_registry() -> PluginRegistry:
    """The process-wide registry, created (and its plugins loaded) on first use."""
    global _registry
    with _registry_lock:
        if _registry is None:
            _registry = PluginRegistry()
        return _registry


def set_registry(registry: PluginRegistry | None) -> PluginRegistry | None:
    """Replace the process-wide registry (``None`` resets it); returns the previous one."""
    global _registry
    with _registry_lock:
        previous, _registry = _registry, registry
        return previous
