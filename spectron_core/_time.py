"""Time handling: every stored time is an aware UTC datetime.

Naive datetimes are rejected rather than guessed at: a memory that says "since January" resolved against
the wrong zone is a silent error, and mixing naive and aware values is the classic way to get one.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from ._errors import ValidationError

__all__ = ["TimeLike", "utcnow", "to_utc", "to_epoch"]

TimeLike = datetime | date | str | int | float


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_utc(value: TimeLike | None, *, field: str = "time") -> datetime | None:
    """Normalise a caller-supplied time to aware UTC; ``None`` stays ``None``.

    Accepts aware datetimes, dates (midnight UTC), ISO-8601 strings with an offset or ``Z`` (a bare date
    string is midnight UTC) and POSIX timestamps. Anything else raises :class:`ValidationError`.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(f"{field}: expected a datetime, got bool")
    if isinstance(value, datetime):
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            raise ValidationError(
                f"{field}: naive datetime {value.isoformat()} is ambiguous; attach a timezone "
                "(e.g. tzinfo=timezone.utc)"
            )
        try:
            return value.astimezone(timezone.utc)
        except (OverflowError, ValueError) as exc:  # 9999-12-31T23:59:59-05:00 is past datetime.max in UTC
            raise ValidationError(
                f"{field}: {value.isoformat()} is out of range once converted to UTC "
                f"(times must lie between {datetime.min.date()} and {datetime.max.date()} UTC)"
            ) from exc
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError) as exc:
            raise ValidationError(f"{field}: timestamp {value!r} is out of range") from exc
    if isinstance(value, str):
        if "\x00" in value or any("\ud800" <= c <= "\udfff" for c in value):
            raise ValidationError(f"{field}: {value!r} contains a NUL character or a lone surrogate")
        text = value.strip()
        if not text:
            raise ValidationError(f"{field}: empty time string")
        if len(text) == 10:
            try:
                d = date.fromisoformat(text)
            except ValueError:
                pass
            else:
                return datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError as exc:
            raise ValidationError(f"{field}: {value!r} is not ISO-8601 (e.g. 2025-01-31T09:00:00+00:00)") from exc
        return to_utc(parsed, field=field)
    raise ValidationError(f"{field}: expected a datetime, date, ISO string or timestamp, got {type(value).__name__}")


def to_epoch(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()
