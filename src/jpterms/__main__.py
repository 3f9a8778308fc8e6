"""``python -m jpterms``: the same as the ``jpterms`` command.

>>> import subprocess, sys
>>> subprocess.run([sys.executable, "-m", "jpterms", "romanize", "東京都"],
...                capture_output=True, text=True).stdout
'Tōkyō-to\\n'
"""

from jpterms.cli import run

if __name__ == "__main__":
    run()
