#!/usr/bin/env python3
"""Generate common-words.txt: everyday English words (lower case in a dictionary, frequent in
running text) that are not also given names, common surnames or places. A capitalised word of
this list opening a sentence in front of a name ("Residents Maria Lopez", "Furious Hendry")
is a word of the sentence, not part of the name.

Run once; the output is committed. The product never needs Python or the network.

    pip install wordfreq==3.1.1
    pip download --no-deps english-words==2.0.2 names==0.3.0
    python3 Scripts/gazetteer/common_words.py --words-wheel english_words-2.0.2-py3-none-any.whl \
        --names-sdist names-0.3.0.tar.gz

Sources and licences are listed in Scripts/gazetteer/README.md.
"""
import argparse
import io
import os
import pickle
import tarfile
import unicodedata
import zipfile

from wordfreq import top_n_list, zipf_frequency

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "ParallaxModel", "Resources", "Gazetteer")

# Zipf frequency (log10 per billion words) a word needs: 3.0 is about once per million
# words, so the list holds the vocabulary of ordinary news prose (about 20,000 words).
MIN_ZIPF = 3.0
# wordfreq's list is case-folded, so names are in it ("lopez", "trump"); a census surname this
# common (percent of the 1990 population) is left out even when a dictionary has the word
# ("Brown", "Young", "Moon"), because it opens names as often as sentences.
SURNAME_PERCENT = 0.002
SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "est")


class _SetOnly(pickle.Unpickler):
    """Unpickles the word list (a plain set of strings) and refuses anything else."""

    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return {"set": set, "frozenset": frozenset}[name]
        raise pickle.UnpicklingError(f"unexpected {module}.{name}")


def dictionary_words(wheel):
    """Lower-case entries of Webster's 2nd (web2): its proper nouns are capitalised."""
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if n.endswith("data/web2.pickle"))
        words = _SetOnly(io.BytesIO(archive.read(member))).load()
    return {w for w in words if w and w[0].islower()}


def in_dictionary(word, words):
    """The word or, for inflected forms web2 does not list, its stem ("residents", "fumed")."""
    if word in words:
        return True
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in words or stem + "e" in words:
                return True
            if suffix in ("es", "ed", "er", "est") and stem.endswith("i") and stem[:-1] + "y" in words:
                return True
            # "stopped", "biggest": a doubled final consonant.
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True
    return False


def surnames(sdist):
    result = set()
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            if os.path.basename(member.name) == "dist.all.last":
                for line in archive.extractfile(member).read().decode("ascii").splitlines():
                    parts = line.split()
                    if parts and float(parts[1]) >= SURNAME_PERCENT:
                        result.add(parts[0].lower())
    return result


def folded(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def shipped_names():
    """Given names and single-word places the gazetteer already knows: never common words
    here, whatever their frequency ("Rose", "Hope", "Reading", "Nice")."""
    result = set()
    for file in ("given-names.txt", "world-given-names.txt"):
        with open(os.path.join(OUT, file), encoding="utf-8") as source:
            result.update(folded(l.strip()) for l in source if l.strip() and not l.startswith("#"))
    with open(os.path.join(OUT, "places.tsv"), encoding="utf-8") as source:
        for line in source:
            if line.startswith("#"):
                continue
            key = line.split("\t", 1)[0]
            if " " not in key:
                result.add(key)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--words-wheel", required=True, help="english-words 2.0.2 wheel (web2 list)")
    parser.add_argument("--names-sdist", required=True, help="names 0.3.0 sdist (census surnames)")
    args = parser.parse_args()
    dictionary = dictionary_words(args.words_wheel)
    excluded = surnames(args.names_sdist) | shipped_names()
    words = []
    for word in top_n_list("en", 60000):
        if not word.isalpha() or not word.isascii() or len(word) < 2:
            continue
        if zipf_frequency(word, "en") < MIN_ZIPF:
            break
        if word in excluded or not in_dictionary(word, dictionary):
            continue
        words.append(word)
    words.sort()
    with open(os.path.join(OUT, "common-words.txt"), "w", encoding="utf-8") as out:
        out.write("# Everyday English words (Zipf frequency >= 3.0 in wordfreq 3.1.1, CC BY-SA 4.0 data,\n")
        out.write("# found lower case in Webster's 2nd via english-words 2.0.2, public domain) that are\n")
        out.write("# not given names, census surnames of 0.002%+ or places the gazetteer lists.\n")
        out.write("# Generated by Scripts/gazetteer/common_words.py. Do not edit by hand.\n")
        for word in words:
            out.write(word + "\n")
    print(f"{len(words)} common words")


if __name__ == "__main__":
    main()
