"""Shared test set-up: hypothesis profiles and a fresh plugin registry per test."""

import os

from hypothesis import HealthCheck, settings

# "ci" keeps the suite fast and free of timing flakiness; "nightly" digs deeper by hand:
#   HYPOTHESIS_PROFILE=nightly pytest
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "nightly", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
