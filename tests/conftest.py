from __future__ import annotations

import os
import pathlib

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis runs the same examples on every machine, so a failure in CI is
# a failure here too; the "dev" profile explores more.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: The shared corpus beside the project, when this checkout has one.
SHARED = pathlib.Path(
    os.environ.get("PRESSPARSE_SHARED", pathlib.Path(__file__).resolve().parents[2] / "shared")
)


@pytest.fixture(name="shared_corpus")
def _shared_corpus() -> pathlib.Path:
    """
    The ../shared/corpus folder; skips the test where a clone has none.
    """
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present in this checkout")
    return corpus
