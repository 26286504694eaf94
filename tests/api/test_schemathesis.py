"""Schemathesis against the OpenAPI spec, in process (ASGI): every operation, with valid and with invalid
input, answers within its documented statuses and schemas and never with a server error. Bounded in
examples so the suite stays fast.

Each operation runs as a Hypothesis test built from ``operation.as_strategy()``: schemathesis's lazy pytest
loader (``schemathesis.pytest.from_fixture``) fails under pytest 9, and the app needs the session's store.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

EXAMPLES = {GenerationMode.POSITIVE: 6, GenerationMode.NEGATIVE: 4}
# A schema-valid text may still be no article (too short once cleaned, not English): 422 by design.
UNCODABLE = {"POST /api/code", "POST /api/articles"}


@pytest.fixture(scope="session")
def operations(app):
    spec = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in spec.get_all_operations()]


@pytest.mark.parametrize("mode", list(EXAMPLES), ids=lambda m: m.value)
def test_every_operation_follows_the_spec(operations, mode):
    assert len(operations) >= 12
    for operation in operations:
        try:
            _fuzz(operation, mode)
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE, operation.label  # nothing to get wrong: no parameters
        except Exception as exc:
            raise AssertionError(f"{operation.label} ({mode.value}): {exc}") from exc


def _fuzz(operation, mode: GenerationMode) -> None:
    excluded = [positive_data_acceptance] if operation.label in UNCODABLE else []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case) -> None:
        case.call_and_validate(excluded_checks=excluded)

    check()
