#!/usr/bin/env python3
"""Reference network measures for Lifelinks, written plainly with networkx.

This is the reference side of a benchmark: it computes, for every case in a
folder of import-format CSV files, the same ego-network measures as the Swift
`NetworkMeasures` (size, counts by category, side and source, IQV diversity,
ties, density, components, Burt's effective size and constraint), so the
Swift results can be checked against it and its time compared with theirs.

The young person is the ego, tied to every connection whose search has not
ended; ties among those connections come from relations.csv (every kind,
undirected, counted once; relations with the young person are left out).

Run it on a generated cohort:

    lifelinks generate --cases 10000 --seed 1 cohort/
    python3 Benchmarks/reference_measures.py cohort/
    python3 Benchmarks/reference_measures.py --dump cohort/   # one JSON line per case too

The last line printed is {"cases": N, "seconds": S}; S times the measuring
only (building each graph and computing the measures), not reading the files.

networkx is asked for the ego's effective size and constraint only
(nodes=[ego]), not every node's. Even so nx.constraint dominates the time:
it re-sums a node's ties for every term, so the ego's constraint costs about
n^3 steps for n alters (about a quarter of a second for a network of
60 people on a 2-core build machine).
"""

import argparse
import csv
import json
import math
import os
import sys
import time

import networkx as nx

EGO = "young-person"
ENDED = {"declined", "not-found", "deceased", "do-not-contact"}
CATEGORIES = [
    "family", "former-carer", "education", "friend", "family-friend",
    "neighbour", "community", "professional", "other",
]
SOURCES = {"young-person", "records", "genealogy", "professional"}


def read_table(path):
    """The rows of one CSV file as dicts with normalised column names."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        text = handle.read()
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    header = next(reader, [])
    names = [name.strip().lower().replace(" ", "_") for name in header]
    rows = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        rows.append({name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(names)})
    return rows


def read_cases(folder):
    """Each case's alters (connections still in the network) and relations, in file order."""
    cases = {}
    for row in read_table(os.path.join(folder, "cases.csv")):
        cases[row["case"]] = {"alters": [], "relations": []}
    for row in read_table(os.path.join(folder, "connections.csv")):
        stage = (row.get("stage") or "identified").lower()
        if stage in ENDED:
            continue
        cases.setdefault(row["case"], {"alters": [], "relations": []})["alters"].append({
            "id": row["id"],
            "category": row["category"].lower(),
            "side": (row.get("side") or "").lower(),
            "found_via": row.get("found_via") or "",
        })
    relations_path = os.path.join(folder, "relations.csv")
    if os.path.exists(relations_path):
        for row in read_table(relations_path):
            cases.setdefault(row["case"], {"alters": [], "relations": []})["relations"].append(
                (row["from"], row["to"]))
    return cases


def source_of(found_via):
    """How a connection was found, as one of the six counted sources."""
    if not found_via:
        return "not-recorded"
    if found_via.lower() in SOURCES:
        return found_via.lower()
    return "another-connection"


def count(values):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def measure(case):
    """The measures of one case, as a dict with the Swift JSON field names."""
    alters = case["alters"]
    ids = [alter["id"] for alter in alters]
    alter_ids = set(ids)
    n = len(ids)

    graph = nx.Graph()
    graph.add_node(EGO)
    for alter_id in ids:
        graph.add_edge(EGO, alter_id)
    for source, target in case["relations"]:
        if source != target and source in alter_ids and target in alter_ids:
            graph.add_edge(source, target)
    among = graph.subgraph(ids)

    by_category = count(alter["category"] for alter in alters)
    k = len(CATEGORIES)
    diversity = 0.0
    if n > 0:
        diversity = k / (k - 1) * (1 - sum((c / n) ** 2 for c in by_category.values()))

    parts = [len(part) for part in nx.connected_components(among)]
    if n > 0:
        effective_size = nx.effective_size(graph, nodes=[EGO])[EGO]
        constraint = nx.constraint(graph, nodes=[EGO])[EGO]
    else:
        effective_size = 0.0
        constraint = 0.0
    return {
        "size": n,
        "ties": among.number_of_edges(),
        "density": nx.density(among),
        "components": nx.number_connected_components(among),
        "largest_component": max(parts, default=0),
        "effective_size": effective_size,
        "constraint": constraint,
        "diversity": diversity,
        "by_category": by_category,
        "by_side": count(alter["side"] or "unknown" for alter in alters if alter["category"] == "family"),
        "found_via": count(source_of(alter["found_via"]) for alter in alters),
    }


def main():
    parser = argparse.ArgumentParser(description="Reference network measures over a folder of Lifelinks CSV files.")
    parser.add_argument("folder", help="a folder holding cases.csv, connections.csv and relations.csv")
    parser.add_argument("--dump", action="store_true", help="also print each case's measures as a JSON line")
    parser.add_argument("--limit", type=int, default=0, help="measure only the first N cases, by reference")
    arguments = parser.parse_args()

    cases = read_cases(arguments.folder)
    references = sorted(cases)
    if arguments.limit > 0:
        references = references[: arguments.limit]

    started = time.perf_counter()
    results = [measure(cases[reference]) for reference in references]
    seconds = time.perf_counter() - started

    if arguments.dump:
        for reference, result in zip(references, results):
            if any(isinstance(v, float) and math.isnan(v) for v in result.values()):
                print(f"warning: NaN in case {reference}", file=sys.stderr)
            print(json.dumps({"case": reference, **result}, sort_keys=True))
    print(json.dumps({"cases": len(references), "seconds": round(seconds, 4)}))


if __name__ == "__main__":
    main()
