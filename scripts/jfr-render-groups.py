#!/usr/bin/env python3
"""Groups a JFR recording's execution samples of PDF rendering into cost groups.

    scripts/jfr-render-groups.py RECORDING.jfr [--ms MS_PER_REPORT] [--deflate-ms MS] [--from FRACTION]

Reads the Java samples (jdk.ExecutionSample, every 10 ms with settings=profile) and the samples of
threads in native code (jdk.NativeMethodSample, every 20 ms, so counted twice: deflating is native)
of the threads that render, keeps those in the last part of the recording (from FROM_FRACTION of
its length on, default 0.5: after the warm-up) and puts each sample in a group: the first of the
library groups below that one of its frames belongs to; else by the frame nearest the leaf that is
not the JDK's: role-compare's charts, role-compare's layout (report.pdf), other role-compare code,
OpenPDF's document/writer/objects; else "other". Prints each group's share and, given the
measured CPU milliseconds per report (--ms), its milliseconds.

JFR's samples of native code are not a reliable measure of deflate's share (on a loaded machine
they disagreed with a direct measurement by half). With --deflate-ms, the deflate milliseconds are
taken as measured elsewhere (deflating the report's streams as OpenPDF does, or the floor with
compression off) and only the Java samples split the rest of --ms among the other groups.
"""
import json
import subprocess
import sys

GROUPS = [
    ("deflate", lambda f: f.startswith("java.util.zip.")),
    ("font subset/embedding", lambda f: "TrueTypeFontSubSet" in f or "TrueTypeFontUnicode.writeFont" in f
        or "FontDetails.writeFont" in f or "TrueTypeFontUnicode.getFontDescriptor" in f or "TrueTypeFontUnicode.getCIDFontType2" in f
        or "TrueTypeFontUnicode.getToUnicode" in f or "TrueTypeFontUnicode.compareTo" in f),
    ("glyph encoding (showText)", lambda f: "FontDetails.convertToBytes" in f or "PdfContentByte.showText" in f
        or "PdfContentByte.escapeString" in f or "PdfContentByte.escapeAndAppendString" in f or "TrueTypeFontUnicode.getMetricsTT" in f),
    ("number formatting", lambda f: "ByteBuffer.formatDouble" in f or "ByteBuffer.append(float)" in f or "ByteBuffer.append(double)" in f),
    ("font subset/embedding", lambda f: "TrueTypeFontUnicode" in f or "TrueTypeFont." in f),
]

CHARTS = ("report.pdf.PairedBarChart", "report.pdf.SalaryRangeChart", "report.pdf.ChartCanvas", "report.pdf.ChartRows")
LEAF_GROUPS = ["charts (ours)", "layout/text breaking (ours)", "other role-compare code (ours; in the floor: the replay)",
               "document open/close/writer (OpenPDF)", "other (JDK)"]


def leaf_group(frames):
    for f in frames:
        if any(c in f for c in CHARTS):
            return LEAF_GROUPS[0]
        if f.startswith("org.rolecompare.report.pdf."):
            return LEAF_GROUPS[1]
        if f.startswith("org.rolecompare."):
            return LEAF_GROUPS[2]
        if f.startswith("com.lowagie."):
            return LEAF_GROUPS[3]
    return LEAF_GROUPS[4]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--ms", type=float)
    parser.add_argument("--deflate-ms", type=float)
    parser.add_argument("--from", dest="start", type=float, default=0.5)
    args = parser.parse_args()
    recording, ms, start_fraction = args.recording, args.ms, args.start
    events_kinds = "jdk.ExecutionSample" if args.deflate_ms is not None else "jdk.ExecutionSample,jdk.NativeMethodSample"
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", events_kinds, recording],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    times = sorted(e["values"]["startTime"] for e in events)
    cut = times[int(len(times) * start_fraction)] if times else None
    counts = {name: 0 for name, _ in GROUPS}
    counts.update({name: 0 for name in LEAF_GROUPS})
    total = 0
    for event in events:
        values = event["values"]
        if values["startTime"] < cut:
            continue
        frames = [frame_name(f) for f in values["stackTrace"]["frames"]]
        if not any(f.startswith("com.lowagie.") or f.startswith("org.rolecompare.") for f in frames):
            continue
        weight = 2 if event["type"] == "jdk.NativeMethodSample" else 1
        total += weight
        for name, test in GROUPS:
            if any(test(f) for f in frames):
                counts[name] += weight
                break
        else:
            counts[leaf_group(frames)] += weight
    if args.deflate_ms is not None:
        java_deflate = counts["deflate"]
        rest = total - java_deflate
        print(f"{total} Java samples ({java_deflate} in deflate's Java part, left to the measured figure); "
              f"deflate {args.deflate_ms:.3f} ms as measured")
        print(f"{'deflate (measured)':40s} {'':6s}  {args.deflate_ms / ms * 100 if ms else 0:5.1f}%  {args.deflate_ms:.3f} ms")
        for name, count in counts.items():
            if name == "deflate":
                continue
            share = count / rest if rest else 0
            extra = f"  {share * (ms - args.deflate_ms):.3f} ms" if ms else ""
            print(f"{name:40s} {count:6d}  {share * (ms - args.deflate_ms) / ms * 100 if ms else share * 100:5.1f}%{extra}")
        return
    print(f"{total} samples")
    for name, count in counts.items():
        share = count / total if total else 0
        extra = f"  {share * ms:.3f} ms" if ms else ""
        print(f"{name:40s} {count:6d}  {share * 100:5.1f}%{extra}")


if __name__ == "__main__":
    main()
