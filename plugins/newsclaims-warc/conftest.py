"""Test set-up for the plugin: newsclaims' fixtures and a quick hypothesis profile."""

import os

from hypothesis import HealthCheck, settings

pytest_plugins = ["newsclaims.testing"]

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
