import sys
from pathlib import Path

# Test helpers (vietnamese_legacy) live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))

from hypothesis import HealthCheck, settings

# CI runs the property tests with 10,000 examples each; a developer's run uses fewer.
settings.register_profile("ci", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if __import__("os").environ.get("CI") else "dev")
