"""Recomputes the report's history figures from a consolidated workbook, read with openpyxl (not exceljs).

Prints JSON: per round the count of each Umsetzungsstand text (blank cells: the round did not know the
measure), measures first reported "umgesetzt" per year of the round's Stichtag, measures whose planned
end moved (first -> last end known), measures still running with the same status and progress in the
last two or more rounds, and measures of the last round never reported in any round.
"""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")

SEP = ": "
SETTLED = {"umgesetzt", "entfallen", "Daueraufgabe"}


def rows_of(ws):
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), [r for r in rows[1:] if r[0] is not None]


def day(v):
    return None if v is None else v.date().isoformat()


def main(path):
    wb = openpyxl.load_workbook(path)
    head, rows = rows_of(wb["Verlauf"])
    rounds = []
    for h in head:
        if h and h.endswith(SEP + "Umsetzungsstand"):
            rounds.append(h[: -len(SEP + "Umsetzungsstand")])
    col = {h: i for i, h in enumerate(head)}
    r_head, r_rows = rows_of(wb["Berichtsrunden"])
    year = {r[r_head.index("Berichtsrunde")]: str(r[r_head.index("Stichtag")].year) for r in r_rows}

    def cell(row, rnd, what):
        return row[col[rnd + SEP + what]]

    by_round = {}
    for rnd in rounds:
        counts = {}
        for row in rows:
            s = cell(row, rnd, "Umsetzungsstand")
            if s is not None:
                counts[s] = counts.get(s, 0) + 1
        by_round[rnd] = counts
    done = {}
    postponed, unchanged, never = [], [], []
    last = rounds[-1]
    for row in rows:
        mid = row[col["Maßnahmen-Nr."]]
        statuses = [cell(row, r, "Umsetzungsstand") for r in rounds]
        if "umgesetzt" in statuses:
            y = year[rounds[statuses.index("umgesetzt")]]
            done[y] = done.get(y, 0) + 1
        ends = [day(cell(row, r, "Ende (geplant)")) for r in rounds]
        ends = [e for e in ends if e is not None]
        if ends and ends[-1] > ends[0]:
            postponed.append([mid, ends[0], ends[-1]])
        now = (cell(row, last, "Umsetzungsstand"), cell(row, last, "Fortschritt"))
        if now[0] not in (None, "keine Meldung") and now[0] not in SETTLED:
            n = 1
            for r in reversed(rounds[:-1]):
                if (cell(row, r, "Umsetzungsstand"), cell(row, r, "Fortschritt")) != now:
                    break
                n += 1
            if n >= 2:
                unchanged.append([mid, n])
        if statuses[-1] is not None and all(s in (None, "keine Meldung") for s in statuses):
            never.append(mid)
    json.dump(
        {
            "rounds": rounds,
            "byRound": by_round,
            "doneByYear": done,
            "postponed": postponed,
            "unchanged": unchanged,
            "never": never,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv[1])
