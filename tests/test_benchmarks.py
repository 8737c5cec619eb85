"""Every benchmark script runs (on a few kilobytes, so CI stays fast) and reports what it promises.

The timings themselves are not asserted: speed is measured by running the
scripts at full size (``make bench``), not by tests.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, offline_env

SMALL = {
    "segmentation_speed.py": (["--megabytes", "0.02", "--repeat", "1"], ["sentence segmentation", "document model", "dialogue-heavy"]),
    "readability_speed.py": (["--megabytes", "0.02", "--repeat", "1"], ["textstat"]),
    "passes_speed.py": (["--megabytes", "0.02", "--repeat", "1"],
                        ["terms pass / readability pass", "stance pass / readability pass"]),
    "whole_pass.py": (["--sizes", "0.02", "0.04"],
                      ["whole record", "textstat readability", "as one document", "time x"]),
}


@pytest.mark.parametrize("script", sorted(SMALL))
def test_benchmark_script_runs(script: str) -> None:
    arguments, expected = SMALL[script]
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *arguments], cwd=ROOT,
                            env=offline_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for phrase in expected:
        assert phrase in result.stdout, (phrase, result.stdout)
    assert "nan" not in result.stdout.lower() and "inf " not in result.stdout
