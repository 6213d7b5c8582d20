#!/usr/bin/env python3
"""Grade a class: run every student's notebooks headless and write a CSV.

    python lab/grade.py HOMES [--assignment exercises] [--out grades.csv] [--jobs N]

HOMES holds one folder per student (the hub's lab/state/homes); each
student's copy of the assignment is HOMES/<student>/<assignment>/*.ipynb.
Every notebook runs from the top on its own kernel (the notebook's
kernelspec: micropython), errors and all; each check cell (nbgrader's
`grade: true`) scores its points when it ran without an error. The checks
are `%expect` lines that read the simulated board's recorded pin waveforms,
so the CSV's evidence column says what each pin did.

With nbgrader, lab/source/ is the assignment's source (solutions between
### BEGIN SOLUTION / ### END SOLUTION, the same cell ids and points), and
`nbgrader generate_assignment` / `nbgrader autograde` grade the same cells.
"""

import argparse
import concurrent.futures
import csv
import os
import sys
import time

CSV_FIELDS = ["student", "notebook", "check", "passed", "points", "score", "evidence"]


def graded_cells(nb):
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            yield cell, meta


def evidence(cell):
    """What the check printed, or the error that failed it."""
    lines = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return False, f"{out.get('ename')}: {out.get('evalue')}"
        if out.get("output_type") == "stream":
            lines += [line for line in out.get("text", "").splitlines() if line.strip()]
    if not cell.get("outputs") and cell.get("execution_count") is None:
        return False, "not run (an earlier cell stopped the notebook)"
    return True, "; ".join(lines)


def grade_notebook(job):
    """(student, path, timeout) -> CSV rows. Runs in its own process."""
    student, path, timeout = job
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    kernel = nb.metadata.get("kernelspec", {}).get("name", "micropython")
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    try:
        client.execute()
    except Exception as e:  # a kernel that died, a cell past its timeout
        return [dict(student=student, notebook=name, check="(notebook)", passed=False, points=0, score=0,
                     evidence=f"{type(e).__name__}: {str(e).strip().splitlines()[-1] if str(e).strip() else ''}")]
    rows = []
    for cell, meta in graded_cells(nb):
        passed, seen = evidence(cell)
        points = float(meta.get("points", 1))
        rows.append(dict(student=student, notebook=name, check=meta.get("grade_id", cell.get("id", "?")),
                         passed=passed, points=points, score=points if passed else 0.0, evidence=seen))
    return rows


def jobs_for(homes, assignment, timeout):
    for student in sorted(os.listdir(homes)):
        folder = os.path.join(homes, student, assignment)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".ipynb"):
                yield student, os.path.join(folder, name), timeout


def default_assignment():
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        import tomllib

        with open(os.path.join(here, "class.toml"), "rb") as f:
            return tomllib.load(f).get("class", {}).get("notebooks", "exercises")
    except Exception:
        return "exercises"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("homes", help="one folder per student (the hub's lab/state/homes)")
    ap.add_argument("--assignment", default=default_assignment(), help="the assignment's folder in each home")
    ap.add_argument("--out", default="grades.csv")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=int, default=120, help="seconds per cell")
    args = ap.parse_args(argv)

    jobs = list(jobs_for(args.homes, args.assignment, args.timeout))
    if not jobs:
        print(f"grade: no notebooks in {args.homes}/*/{args.assignment}/", file=sys.stderr)
        return 1
    started = time.monotonic()
    rows = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for result in pool.map(grade_notebook, jobs):
            rows += result
    rows.sort(key=lambda r: (r["student"], r["notebook"]))
    with open(args.out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)

    totals = {}
    for r in rows:
        got, out_of = totals.get(r["student"], (0.0, 0.0))
        totals[r["student"]] = (got + r["score"], out_of + r["points"])
    for student, (got, out_of) in sorted(totals.items()):
        print(f"{student}: {got:g} / {out_of:g}")
    print(f"graded {len(jobs)} notebooks of {len(totals)} students in {time.monotonic() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
