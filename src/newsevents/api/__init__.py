"""The HTTP API and dashboard of a store: ``create_app(Options(db=...))``, served by ``newsevents serve``."""

from __future__ import annotations

from newsevents.api.app import LOOPBACK_HOSTS, Options, create_app

__all__ = ["LOOPBACK_HOSTS", "Options", "create_app"]
