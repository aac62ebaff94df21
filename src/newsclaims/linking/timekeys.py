"""A sort key for publication times that mixes dates, aware datetimes and unknowns."""

import datetime as _dt


def time_key(published: _dt.datetime | _dt.date | None) -> tuple[int, str]:
    """Known times first, in UTC order (a bare date counts as its midnight UTC); then unknown."""
    if published is None:
        return (1, "")
    if isinstance(published, _dt.datetime):
        moment = published.astimezone(_dt.timezone.utc)
    else:
        moment = _dt.datetime(published.year, published.month, published.day,
                              tzinfo=_dt.timezone.utc)
    return (0, moment.isoformat())
