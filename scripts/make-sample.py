#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the sample database's incidents CSV (resources/sample/eastern-borders-sample.csv).

Persons per month and nationality are Frontex's published monthly detections on the Eastern Borders
Route (the EU's eastern land border, which includes the Belarus-Lithuania border), January 2009 to
April 2025, exactly. What Frontex does not publish is synthesized, deterministically (fixed seed): the
day within the month, the border section, the time, the split into groups (a few of them mixed), the
outcome and whether force was used. Two days follow the figures Lithuania's State Border Guard Service
gave for the 2021 crisis: 287 persons detained on 2 August 2021 and about 180 turned back on 3 August.

Usage: scripts/make-sample.py FRONTEX_CSV ISO_3166_JSON OUTPUT_CSV
"""
import calendar
import datetime
import csv
import json
import random
import sys
import uuid
from collections import defaultdict

ROUTE = "Eastern Borders Route"
# Frontex's own codes and ICAO's Kosovo -> the register's codes.
SPECIAL = {"STL": "XX", "OOO": "ZZ", "OOS": "ZZ", "XKX": "XK", "UNK": "ZZ"}
# Border sections of the Lithuanian-Belarusian border, with a weight for how busy each is.
LOCATIONS = [("Druskininkai", 14), ("Varėna", 12), ("Šalčininkai", 12), ("Dieveniškės", 10),
             ("Medininkų PKP", 6), ("Švenčionys", 9), ("Adutiškis", 8), ("Tverečius", 6),
             ("Padvarionys", 7), ("Kapčiamiestis", 5)]
CRISIS_POLICY = (2021, 8, 3)  # from this day persons were turned back to Belarus


def group_size(rng, remaining):
    size = 1 + int(rng.paretovariate(1.3)) if rng.random() < 0.7 else rng.randint(1, 6)
    return max(1, min(size, remaining, 120))


def outcome_for(rng, date):
    if (date[0], date[1], date[2]) >= CRISIS_POLICY:
        return rng.choices(["turned_back", "detained", "asylum_request", "prevented", "absconded"],
                           [70, 16, 7, 5, 2])[0]
    return rng.choices(["detained", "asylum_request", "absconded", "prevented", "other"], [84, 9, 3, 3, 1])[0]


def main(frontex_path, iso_path, output_path):
    iso = {c["alpha_3"]: c["alpha_2"] for c in json.load(open(iso_path, encoding="utf-8"))["3166-1"]}
    monthly = defaultdict(lambda: defaultdict(int))
    with open(frontex_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["route"] != ROUTE or int(row["n"]) == 0:
                continue
            nat = SPECIAL.get(row["nat"]) or iso.get(row["nat"])
            if nat is None:
                raise SystemExit(f"unknown nationality code {row['nat']}")
            monthly[row["month"]][nat] += int(row["n"])

    rng = random.Random(20210803)
    locations, weights = zip(*LOCATIONS)
    incidents = []

    def new_incident(date, lines, outcome, notes="", time=None, location=None):
        hour = time[0] if time else rng.choice([0, 1, 2, 3, 4, 5, 21, 22, 23, 19, 20, 6, 14, 10])
        minute = time[1] if time else rng.randrange(60)
        incidents.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "date": "%04d-%02d-%02d" % date, "time": "%02d:%02d" % (hour, minute),
            "location": location or rng.choices(locations, weights)[0], "lines": lines, "outcome": outcome,
            "force": outcome == "turned_back" and rng.random() < 0.04, "notes": notes,
            "recorded_at": (datetime.datetime(*date, hour, minute) + datetime.timedelta(minutes=rng.randint(20, 180)))
            .strftime("%Y-%m-%dT%H:%M:00Z"),
        })

    def take(pool, wanted, first):
        """Takes `wanted` persons from the month's pool, nationality `first` up to two thirds."""
        lines = {}
        share = min(pool.get(first, 0), wanted * 2 // 3)
        if share:
            lines[first] = share
            pool[first] -= share
        for nat in sorted(pool, key=lambda n: -pool[n]):
            if sum(lines.values()) == wanted:
                break
            n = min(pool[nat], wanted - sum(lines.values()))
            if n:
                lines[nat] = lines.get(nat, 0) + n
                pool[nat] -= n
        return lines

    def split_pinned(date, lines, outcome, note, hours):
        # A day's persons as several groups, each of one or two nationalities.
        remaining = dict(lines)
        hour_index = 0
        while sum(remaining.values()):
            size = min(sum(remaining.values()), rng.randint(15, 45))
            group = {}
            for nat in sorted(remaining, key=lambda n: -remaining[n]):
                n = min(remaining[nat], size - sum(group.values()))
                if n:
                    group[nat] = n
                    remaining[nat] -= n
                if sum(group.values()) == size or len(group) == 2:
                    break
            new_incident(date, group, outcome, note, (hours[hour_index % len(hours)], rng.randrange(60)))
            hour_index += 1

    for month in sorted(monthly):
        year, mon = map(int, month.split("-"))
        pool = dict(monthly[month])
        if month == "2021-08":
            split_pinned((2021, 8, 2), take(pool, 287, "IQ"), "detained",
                         "Record day: 287 persons detained after crossing from Belarus.", [1, 3, 5, 22, 23])
            split_pinned((2021, 8, 3), take(pool, 180, "IQ"), "turned_back",
                         "Directed back to Belarus under the Interior Ministry's order; no force used.",
                         [2, 4, 21, 23])
        days = calendar.monthrange(year, mon)[1]
        groups = []
        for nat in sorted(pool):
            remaining = pool[nat]
            while remaining:
                size = group_size(rng, remaining)
                groups.append({nat: size})
                remaining -= size
        rng.shuffle(groups)
        # A few groups travel together: mixed nationality incidents.
        merged = []
        for g in groups:
            if merged and rng.random() < 0.06 and not set(g) & set(merged[-1]) and len(merged[-1]) < 3:
                merged[-1].update(g)
            else:
                merged.append(g)
        for g in merged:
            day = rng.randint(1, days)
            if month == "2021-08" and day in (2, 3):
                day = rng.randint(4, days)
            date = (year, mon, day)
            new_incident(date, g, outcome_for(rng, date))

    incidents.sort(key=lambda i: (i["date"], i["time"], i["id"]))
    with open(output_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["incident_id", "date", "time", "location", "nationality", "persons", "outcome",
                         "force_used", "notes", "recorded_by", "recorded_at"])
        for i in incidents:
            for nat in sorted(i["lines"]):
                writer.writerow([i["id"], i["date"], i["time"], i["location"], nat, i["lines"][nat], i["outcome"],
                                 "true" if i["force"] else "false", i["notes"], "sample", i["recorded_at"]])
    print(f"{len(incidents)} incidents, {sum(sum(i['lines'].values()) for i in incidents)} persons -> {output_path}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
