"""When two stated amounts can both be true: a hedge turns a number into a range.

"over 300" is [300, ∞); "approaching two thousand" is about [1600, 2000]; a bare "2,000"
allows the rounding news copy does (±10 %). Two amounts conflict when their ranges are
disjoint.
"""

import math

from newsclaims.model import Quantity

# Checked in this order: "no more than" must not be read as "more than".
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("at_most", ("no more", "not more", "up to", "at most", "just under", "short of")),
    ("at_least", ("no fewer", "no less", "not less", "at least", "in excess", "north of")),
    ("below_close", ("approach", "nearly", "almost", "close to", "nearing", "reaching")),
    ("at_least", ("over", "more", "above", "exceed", "upward", "plus", "greater", "higher",
                  "beyond")),
    ("at_most", ("under", "less", "fewer", "below", "maximum", "lower")),
    ("around", ("about", "around", "some", "approximately", "roughly", "circa", "estimated",
                "or so", "~")),
)


def _hedge_kind(hedge: str) -> str:
    for kind, words in _RULES:
        if any(w in hedge for w in words):
            return kind
    return "exact"


def value_range(quantity: Quantity) -> tuple[float, float]:
    """The interval of values a hedged amount allows (amounts are taken as non-negative)."""
    value = abs(quantity.value)
    kind = _hedge_kind((quantity.hedge or "").casefold())
    if kind == "below_close":
        return (value * 0.8, value * 1.02)
    if kind == "at_least":
        return (value, math.inf)
    if kind == "at_most":
        return (0.0, value)
    if kind == "around":
        return (value * 0.75, value * 1.25)
    return (value * 0.9, value * 1.1)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether both amounts can describe one true number."""
    a_low, a_high = value_range(a)
    b_low, b_high = value_range(b)
    return a_low <= b_high and b_low <= a_high
