"""The context every service is given: which database, what time it is, who acts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desk_app import config
from desk_app.services.actors import Actor
from desk_app.services.errors import PermissionDenied


@dataclass(frozen=True)
class Desk:
    """Opened once per program run (without an actor: the login screen's reads) and again at
    each login with the person who logged in; the rare actions no person takes (migrations,
    the scheduled backup) open theirs with the actor that names them (services/actors.py)."""

    url: str
    actor: Actor | None = None
    clock: Callable[[], datetime] = config.now

    def now(self) -> datetime:
        return self.clock()

    @property
    def user(self) -> Actor:
        """Who acts; asking before anyone logged in is refused, never answered by a default."""
        if self.actor is None:
            raise PermissionDenied("Chưa đăng nhập")
        return self.actor

    def as_user(self, actor: Actor) -> Desk:
        return dataclasses.replace(self, actor=actor)
