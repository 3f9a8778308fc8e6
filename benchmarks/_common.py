"""What the benchmark scripts share: the repository root, jpterms, child-process env."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:  # an installed (or editable) jpterms; else the source tree next to us
    import jpterms
except ImportError:  # pragma: no cover - depends on how the repo was set up
    sys.path.insert(0, str(ROOT / "src"))
    import jpterms


def subprocess_env() -> dict[str, str]:
    """The environment for child interpreters: they must import the same jpterms."""
    env = dict(os.environ)
    package_parent = str(Path(jpterms.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    return env


__all__ = ["ROOT", "jpterms", "subprocess_env"]
