# The benchmark harness: every benchmark under every runtime in one run, reported side by side as ratios to python3.
"""Usage (from anywhere; the runtimes are found by themselves):

    python3 benchmarks/run.py                 full run: every benchmark, every runtime
    python3 benchmarks/run.py --quick         each benchmark once at its quick size (a smoke test)
    python3 benchmarks/run.py --bench nbody,go --runtime pyj-tier1,python3
    python3 benchmarks/run.py --write-docs    full run, then rewrite docs/performance.md and its chart

Runtimes: pyj with tier 2 disabled (`pyj-tier1`), pyj with each optimizer its `--help` lists
(`pyj-NAME`), the python3 running this script, and `pypy3` when installed. Each benchmark runs in a
fresh process per runtime (harness.py inside it warms up to a steady state and times iterations);
this side reads the process's peak resident memory from wait4(2).

Results go to target/benchmarks/ (results.md, results.json, ratios.svg) under the repository.
"""

import argparse
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from harness import BENCHMARKS  # noqa: E402  (the one list of benchmarks, shared with the in-runtime side)

HELLO = 'print("hello")'
PYJ = [os.path.join(ROOT, "pyj")]  # the pyj command being measured, set from --pyj


class Runtime:
    def __init__(self, name, command, description):
        self.name = name
        self.command = command
        self.description = description


def discover_runtimes(pyj):
    runtimes = []
    # The first ./pyj run builds pyj; do it here so that no benchmark pays for it.
    subprocess.run([pyj, "-c", "pass"], check=True, stdout=subprocess.DEVNULL)
    runtimes.append(Runtime("pyj-tier1", [pyj, "-X", "optimizer=none"], "pyj, tier 1 only (-X optimizer=none)"))
    for name in pyj_optimizers(pyj):
        runtimes.append(Runtime("pyj-" + name, [pyj, "-X", "optimizer=" + name], "pyj with optimizer " + name))
    runtimes.append(Runtime("python3", [sys.executable], "CPython " + platform.python_version()))
    pypy = shutil.which("pypy3")
    if pypy:
        version = subprocess.run([pypy, "-c", "import sys; print(sys.version.split()[0], sys.pypy_version_info)"],
                                 capture_output=True, text=True).stdout.strip()
        runtimes.append(Runtime("pypy3", [pypy], "PyPy " + version))
    return runtimes


def pyj_optimizers(pyj):
    """The optimizer names the unknown-name error lists: every provider found, except none."""
    out = subprocess.run([pyj, "-X", "optimizer=?", "-c", "pass"], capture_output=True, text=True).stderr
    match = re.search(r"available: (.*)", out)
    if not match:
        raise SystemExit("run.py: cannot read pyj's optimizer list from: " + out.strip())
    return [n.strip() for n in match.group(1).split(",") if n.strip() and n.strip() != "none"]


def run_process(command, timeout):
    """Runs a command; returns (status, stdout, stderr, seconds, peak RSS in bytes)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=HERE)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (process.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                elapsed, usage.ru_maxrss * 1024)


def startup_time(runtime, repeat):
    """Median wall time of `print("hello")`, after one run that fills any caches."""
    run_process(runtime.command + ["-c", HELLO], 120)
    times = []
    for _ in range(repeat):
        status, out, err, elapsed, _ = run_process(runtime.command + ["-c", HELLO], 120)
        if status != 0 or out.strip() != "hello":
            return None
        times.append(elapsed)
    return statistics.median(times)


def run_benchmark(runtime, name, args):
    command = runtime.command + ["harness.py", "--bench", name, "--iterations", str(args.iterations),
                                 "--max-warmup", str(args.max_warmup), "--budget", str(args.budget)]
    status, out, err, _, rss = run_process(command, args.budget * 3 + 120)
    line = next((l for l in out.splitlines() if l.startswith("RESULT ")), None)
    if status != 0 or line is None:
        lines = (err.strip() or out.strip() or "exit status %d" % status).splitlines()
        return {"name": name, "error": lines[-1] if lines else "exit status %d" % status}
    result = json.loads(line[len("RESULT "):])
    result["peak_rss"] = rss
    return result


def quick(runtimes, names):
    failures = 0
    for runtime in runtimes:
        print("==", runtime.name)
        status, out, err, elapsed, _ = run_process(runtime.command + ["harness.py", "--quick"] + names, 1800)
        sys.stdout.write(out)
        if err.strip():
            sys.stdout.write(err)
        print("   (%.1f s, exit status %d)" % (elapsed, status))
        failures += status != 0
    return 1 if failures else 0


def summarize(result):
    times = result["times"]
    med = statistics.median(times)
    spread = statistics.stdev(times) / statistics.mean(times) if len(times) > 1 else 0.0
    return med, spread


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            memory = ", %.0f GiB RAM" % (kib / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        pass
    java = subprocess.run([PYJ[0], "-c", "import sys; print(sys.version)"],
                          capture_output=True, text=True).stdout.strip()
    return "%s, %d cores%s, %s %s; pyj reports: %s" % (cpu, os.cpu_count(), memory, platform.system(),
                                                       platform.release(), java)


def report(runtimes, names, results, startup, args):
    """The Markdown tables: times and ratios, first iterations, peak memory, start-up, geometric means."""
    base = "python3"
    lines = []
    lines.append("Time per iteration at steady state: median ± relative standard deviation; ratio = runtime / "
                 "python3 (lower is better; 0.50x is twice as fast as python3).")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(r.name for r in runtimes) + " |")
    lines.append("|---|" + "---:|" * len(runtimes))
    ratios = {r.name: [] for r in runtimes}
    for name in names:
        row = [name]
        reference = results[base].get(name)
        ref_median = summarize(reference)[0] if reference and "times" in reference else None
        for r in runtimes:
            res = results[r.name].get(name)
            if res is None or "times" not in res:
                row.append("fails: " + (res or {}).get("error", "not run").replace("|", "\\|")[:80])
                continue
            med, spread = summarize(res)
            cell = "%s ± %.0f%%" % (fmt_time(med), spread * 100)
            if ref_median:
                ratio = med / ref_median
                ratios[r.name].append(ratio)
                cell += " (%.2fx)" % ratio
            row.append(cell)
        lines.append("| " + " | ".join(row) + " |")
    means = {}
    row = ["**geometric mean of ratios**"]
    for r in runtimes:
        means[r.name] = geometric_mean(ratios[r.name])
        counted = len(ratios[r.name])
        row.append("**%.2fx**" % means[r.name] + ("" if counted == len(names) else " (%d of %d)" % (counted, len(names)))
                   if means[r.name] else "-")
    lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    lines.append("First iteration (includes warm-up of the runtime's own caches and compilers) and iterations "
                 "until steady state:")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(r.name for r in runtimes) + " |")
    lines.append("|---|" + "---:|" * len(runtimes))
    for name in names:
        row = [name]
        for r in runtimes:
            res = results[r.name].get(name)
            row.append("%s (%d)" % (fmt_time(res["first"]), res["warmup"]) if res and "first" in res else "-")
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    lines.append("Peak resident memory of the benchmark's process:")
    lines.append("")
    lines.append("| benchmark | " + " | ".join(r.name for r in runtimes) + " |")
    lines.append("|---|" + "---:|" * len(runtimes))
    for name in names:
        row = [name]
        for r in runtimes:
            res = results[r.name].get(name)
            row.append("%.0f MiB" % (res["peak_rss"] / 2 ** 20) if res and "peak_rss" in res else "-")
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    lines.append("Start-up, `%s` (median of %d runs after one warm run):" % (HELLO, args.startup_runs))
    lines.append("")
    lines.append("| | " + " | ".join(r.name for r in runtimes) + " |")
    lines.append("|---|" + "---:|" * len(runtimes))
    lines.append("| start-up | " + " | ".join(fmt_time(startup[r.name]) if startup[r.name] else "fails"
                                              for r in runtimes) + " |")
    return "\n".join(lines) + "\n", means, ratios


def fmt_time(seconds):
    if seconds >= 1:
        return "%.2f s" % seconds
    return "%.1f ms" % (seconds * 1000)


def chart(runtimes, names, results):
    """A horizontal bar chart of each runtime's ratio to python3 per benchmark, on a log scale."""
    shown = [r for r in runtimes if r.name != "python3"]
    colors = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"]
    bar, gap, left, width = 12, 10, 150, 520
    group = bar * len(shown) + gap
    top = 40
    height = top + group * len(names) + 60
    ratios = [summarize(results[r.name][n])[0] / summarize(results["python3"][n])[0] for r in shown for n in names
              if "times" in results[r.name].get(n, {}) and "times" in results["python3"].get(n, {})]
    # The axis spans every ratio, in whole decades, and always shows 1x.
    lo = math.floor(math.log10(min(ratios + [0.5])))
    hi = math.ceil(math.log10(max(ratios + [2.0])))
    ticks = [m * 10 ** e for e in range(lo, hi + 1) for m in (1, 2, 5) if lo <= math.log10(m * 10 ** e) <= hi]

    def x(ratio):
        return left + (math.log10(ratio) - lo) / (hi - lo) * width

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
           'font-size="11">' % (left + width + 40, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="16" font-size="13">Time relative to python3 (log scale, lower is better)</text>' % left]
    for tick in ticks:
        tx = x(tick)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>'
                   % (tx, top - 6, tx, height - 50, "#333" if tick == 1 else "#ddd"))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%sx</text>' % (tx, height - 38, ("%f" % tick).rstrip("0").rstrip(".")))
    for i, name in enumerate(names):
        y0 = top + i * group
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 6, y0 + group / 2, name))
        ref = results["python3"].get(name)
        for j, r in enumerate(shown):
            res = results[r.name].get(name)
            y = y0 + j * bar
            if not (ref and "times" in ref and res and "times" in res):
                out.append('<text x="%d" y="%d" fill="#999">%s: does not run</text>' % (left + 4, y + bar - 3, r.name))
                continue
            ratio = summarize(res)[0] / summarize(ref)[0]
            out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s %s: %.2fx</title></rect>'
                       % (left, y, x(ratio) - left, bar - 2, colors[j % len(colors)], name, r.name, ratio))
            out.append('<text x="%.1f" y="%d" font-size="9">%.2fx</text>' % (x(ratio) + 3, y + bar - 3, ratio))
    for j, r in enumerate(shown):
        lx = left + j * 140
        out.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/>' % (lx, height - 22, colors[j % len(colors)]))
        out.append('<text x="%d" y="%d">%s</text>' % (lx + 14, height - 13, r.name))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_docs(table, svg, runtimes, args, started):
    path = os.path.join(ROOT, "docs", "performance.md")
    with open(path) as f:
        doc = f.read()
    begin, end = "<!-- latest run: begin -->", "<!-- latest run: end -->"
    if begin not in doc or end not in doc:
        raise SystemExit("run.py: docs/performance.md lacks the latest-run markers")
    body = ["", "Run on %s; %s." % (started, machine()), "",
            "Command: `python3 benchmarks/run.py --write-docs%s`" % ("" if not args.bench else " --bench " + args.bench),
            "", "Runtimes:", ""]
    body += ["- `%s`: %s (`%s`)" % (r.name, r.description, " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT)
                                                                       else c for c in r.command)) for r in runtimes]
    body += ["", table, "![Ratios to python3](performance.svg)", ""]
    doc = doc[:doc.index(begin) + len(begin)] + "\n".join(body) + doc[doc.index(end):]
    with open(path, "w") as f:
        f.write(doc)
    with open(os.path.join(ROOT, "docs", "performance.svg"), "w") as f:
        f.write(svg)


def main():
    parser = argparse.ArgumentParser(description="Runs the benchmarks under every runtime and compares them.")
    parser.add_argument("--quick", action="store_true", help="each benchmark once at its quick size, as a smoke test")
    parser.add_argument("--bench", help="comma-separated benchmark names (default: all)")
    parser.add_argument("--runtime", help="comma-separated runtime names (default: all found)")
    parser.add_argument("--iterations", type=int, default=10, help="timed iterations after warm-up (default 10)")
    parser.add_argument("--max-warmup", type=int, default=20, help="most warm-up iterations (default 20)")
    parser.add_argument("--budget", type=float, default=60, help="seconds per benchmark and runtime (default 60)")
    parser.add_argument("--startup-runs", type=int, default=10, help="runs of the start-up measurement")
    parser.add_argument("--pyj", default=os.path.join(ROOT, "pyj"),
                        help="the pyj command to measure (default: ./pyj; e.g. a jlink image's bin/pyj)")
    parser.add_argument("--from-results", metavar="JSON",
                        help="no run: render the tables, chart (and docs) again from a results.json a run wrote")
    parser.add_argument("--write-docs", action="store_true", help="rewrite docs/performance.md and performance.svg")
    args = parser.parse_args()

    if args.from_results:
        return render(args)
    names = args.bench.split(",") if args.bench else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error("unknown benchmark: " + ", ".join(unknown))
    PYJ[0] = os.path.abspath(args.pyj)
    runtimes = discover_runtimes(PYJ[0])
    if args.runtime:
        wanted = args.runtime.split(",")
        missing = [w for w in wanted if w not in [r.name for r in runtimes]]
        if missing:
            parser.error("runtime not found: %s (found: %s)" % (", ".join(missing), ", ".join(r.name for r in runtimes)))
        runtimes = [r for r in runtimes if r.name in wanted]
    if args.quick:
        return quick(runtimes, names if args.bench else [])
    if "python3" not in [r.name for r in runtimes]:
        parser.error("the ratios need the python3 runtime")

    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    results = {r.name: {} for r in runtimes}
    startup = {}
    for r in runtimes:
        startup[r.name] = startup_time(r, args.startup_runs)
        print("%-12s start-up %s" % (r.name, fmt_time(startup[r.name]) if startup[r.name] else "fails"), flush=True)
    for name in names:
        for r in runtimes:
            res = run_benchmark(r, name, args)
            results[r.name][name] = res
            if "times" in res:
                med, spread = summarize(res)
                print("%-18s %-12s %s ± %.0f%% (first %s, %d warm-up)" % (name, r.name, fmt_time(med), spread * 100,
                                                                         fmt_time(res["first"]), res["warmup"]), flush=True)
            else:
                print("%-18s %-12s FAILS: %s" % (name, r.name, res["error"]), flush=True)

    publish(runtimes, names, results, startup, args, started)
    failed = any("error" in res for per in results.values() for res in per.values())
    return 1 if failed else 0


def render(args):
    with open(args.from_results) as f:
        saved = json.load(f)
    runtimes = [Runtime(r["name"], r["command"], r["description"]) for r in saved["runtimes"]]
    PYJ[0] = next((r.command[0] for r in runtimes if r.name.startswith("pyj")), PYJ[0])
    publish(runtimes, saved["names"], saved["results"], saved["startup"], args, saved["started"])
    return 0


def publish(runtimes, names, results, startup, args, started):
    """Writes results.md, ratios.svg and results.json under target/benchmarks, and the docs if asked."""
    table, means, _ = report(runtimes, names, results, startup, args)
    svg = chart(runtimes, names, results)
    out_dir = os.path.join(ROOT, "target", "benchmarks")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "results.md"), "w") as f:
        f.write(table)
    with open(os.path.join(out_dir, "ratios.svg"), "w") as f:
        f.write(svg)
    with open(os.path.join(out_dir, "results.json"), "w") as f:
        json.dump({"started": started, "startup": startup, "results": results, "names": names,
                   "runtimes": [vars(r) for r in runtimes]}, f, indent=1)
    print()
    print(table)
    print("geometric means of ratios to python3:",
          ", ".join("%s %.2fx" % (k, v) for k, v in means.items() if v is not None))
    print("written:", out_dir)
    if args.write_docs:
        write_docs(table, svg, runtimes, args, started)
        print("written: docs/performance.md, docs/performance.svg")


if __name__ == "__main__":
    sys.exit(main())
