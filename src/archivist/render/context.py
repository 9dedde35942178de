"""What every renderer needs besides the Article: when, by whom, for whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from archivist import AGENT, __version__, clock
from archivist.config import Config


@dataclass(frozen=True)
class RenderContext:
    """``ingest_time`` is the time archivist took the article in (NewsML-G2 versionCreated, PREMIS
    event times); it comes from ``clock.now()`` so ``SOURCE_DATE_EPOCH`` makes it reproducible."""

    ingest_time: datetime = field(default_factory=lambda: clock.now())  # looked up late: patchable
    config: Config = field(default_factory=Config)
    generator: str = AGENT
    version: str = __version__

    @property
    def provider_id(self) -> str:
        return self.config.organization.id

    @property
    def provider_name(self) -> str:
        return self.config.organization.name
