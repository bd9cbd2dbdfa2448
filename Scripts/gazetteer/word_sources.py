"""Readers of the two open word sources that common_words.py and companies.py share.

- Webster's Second International (web2, public domain), as pickled in the `english-words`
  2.0.2 wheel (MIT): its lower-case entries are everyday words; proper nouns are capitalised.
- US Census 1990 surname frequencies (public domain), as shipped in the `names` 0.3.0 sdist
  (MIT) as `dist.all.last`.
"""

import io
import os
import pickle
import tarfile
import zipfile


class _SetOnly(pickle.Unpickler):
    """Unpickles the word list (a plain set of strings) and refuses anything else."""

    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return {"set": set, "frozenset": frozenset}[name]
        raise pickle.UnpicklingError(f"unexpected {module}.{name}")


def dictionary_words(wheel):
    """Lower-case entries of web2 (its proper nouns are capitalised, so "shell" and "compass"
    are in, "intel" and "nokia" are not)."""
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if n.endswith("data/web2.pickle"))
        words = _SetOnly(io.BytesIO(archive.read(member))).load()
    return {w for w in words if w and w[0].islower()}


def surnames(sdist, minimum_percent):
    """Census surnames, lower-cased, borne by at least `minimum_percent` per cent of people."""
    result = set()
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            if os.path.basename(member.name) == "dist.all.last":
                for line in archive.extractfile(member).read().decode("ascii").splitlines():
                    parts = line.split()
                    if parts and float(parts[1]) >= minimum_percent:
                        result.add(parts[0].lower())
    return result
