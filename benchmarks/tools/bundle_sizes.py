#!/usr/bin/env python3
"""Where the bytes of a TeaVM bundle go, per Java class and package.

Reads an *unminified* TeaVM output (build with -Dbench.minify=false) and attributes every top-level
declaration, class-metadata entry and pooled string to the class its mangled name belongs to
(`ib_Model_set` -> io.backbonejava.Model, `ju_HashMap$1_iterator` -> java.util.HashMap$1, `$rt_...` ->
runtime). Sizes are estimated for the minified form: whitespace is squeezed and every identifier is
shortened to three characters, which lands within a few per cent of TeaVM's minifier. The gzip figure
of a group is what leaving it out saves: gzip -9 of the whole minus gzip -9 of the whole without the group,
so it already counts that gzip shares repeated text between groups.

    python3 benchmarks/tools/bundle_sizes.py benchmarks/target/jsbench-app/jsbench.js [--by class|package] [--top N]
"""
import argparse
import re
import zlib

IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
# A top-level item starts in column 0 with a name, `let name`, or `function name`.
TOP = re.compile(r"^(?:let |function )?([A-Za-z_$][A-Za-z0-9_$]*)")

PACKAGES = {
    "jl": "java.lang", "ju": "java.util", "jlr": "java.lang.reflect", "ji": "java.io", "jur": "java.util.regex",
    "juf": "java.util.function", "jm": "java.math", "jn": "java.nio", "jt": "java.text",
    "ib": "io.backbonejava", "ibb": "io.backbonejava.benchmarks", "ibt": "io.backbonejava.todo",
    "ibs": "io.backbonejava.sync",
    "otj": "org.teavm.jso", "otji": "org.teavm.jso.impl", "otjdh": "org.teavm.jso.dom.html",
    "otjde": "org.teavm.jso.dom.events", "otjdx": "org.teavm.jso.dom.xml", "otjb": "org.teavm.jso.browser",
    "otjc": "org.teavm.jso.core", "otjj": "org.teavm.jso.json", "otja": "org.teavm.jso.ajax",
    "otr": "org.teavm.runtime", "otrr": "org.teavm.runtime.reflect", "otcir": "org.teavm.classlib.impl.reflection",
    "otci": "org.teavm.classlib.impl", "otp": "org.teavm.platform", "otpp": "org.teavm.platform.plugin",
}


def owner(name):
    """The class a mangled top-level name belongs to, or a runtime bucket."""
    if name.startswith("$rt_") or name.startswith("$dbg_") or name.startswith("Long_") or name.startswith("$"):
        return "(runtime)"
    parts = name.split("_")
    if len(parts) >= 2 and parts[0] in PACKAGES:
        return PACKAGES[parts[0]] + "." + parts[1]
    if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]):
        return parts[0] + "?." + parts[1]
    return "(runtime)"


def squeeze_all(texts):
    """Estimates of the minified texts: TeaVM's names shortened the way its minifier does (globals, fields
    and virtual methods by one table, locals per declaration), whitespace dropped where JS allows."""
    counts = {}
    tokenized = []
    for text in texts:
        toks = []
        pos = 0
        for m in STRING.finditer(text):
            toks.extend(_code_tokens(text[pos:m.start()]))
            toks.append(("s", m.group(0)))
            pos = m.end()
        toks.extend(_code_tokens(text[pos:]))
        for kind, t in toks:
            if kind == "g":
                counts[t] = counts.get(t, 0) + 1
        tokenized.append(toks)
    short = {name: _short(i) for i, name in enumerate(sorted(counts, key=lambda n: -counts[n]))}
    out = []
    for toks in tokenized:
        local = {}
        parts = []
        for kind, t in toks:
            if kind == "g":
                parts.append(short[t])
            elif kind == "l":
                parts.append(local.setdefault(t, _short(len(local)).lower()))
            else:
                parts.append(t)
        code = "".join(parts)
        out.append(code)
    return out


STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
DIGITS = ALPHABET + "0123456789_$"


def _short(i):
    name = ALPHABET[i % len(ALPHABET)]
    i //= len(ALPHABET)
    while i:
        name += DIGITS[i % len(DIGITS)]
        i //= len(DIGITS)
    return name


def _is_global(name):
    if name.startswith("$rt_") or name.startswith("$dbg_") or name.startswith("Long_"):
        return True
    head = name.split("_", 1)[0]
    return "_" in name and not name.startswith("$") and not name.startswith("var") and head.islower()


def _code_tokens(code):
    code = re.sub(r"\s+", " ", code)
    code = re.sub(r" ?([{}()\[\];,=<>+\-*/&|!?:.]) ?", r"\1", code)
    toks = []
    pos = 0
    for m in IDENT.finditer(code):
        if m.start() > pos:
            toks.append(("c", code[pos:m.start()]))
        name = m.group(0)
        after_dot = m.start() > 0 and code[m.start() - 1] == "."
        if after_dot and name.startswith("$"):
            kind = "g"
        elif _is_global(name):
            kind = "g"
        elif not after_dot and (name.startswith("$") or name.startswith("var$") or name.startswith("var_")):
            kind = "l"
        else:
            kind = "c"
        toks.append((kind, name))
        pos = m.end()
    toks.append(("c", code[pos:]))
    return toks


def split(js):
    """(owner, text) items: declarations, metadata entries, pooled strings."""
    items = []
    lines = js.split("\n")
    # Without a module wrapper (jsModuleType NONE) the whole body sits one level deeper: take that off.
    body = next((line for line in lines if "$rt_seed" in line), "")
    indent = body[:len(body) - len(body.lstrip())]
    if indent:
        lines = [line[len(indent):] if line.startswith(indent) else line for line in lines]
    i = 0
    cur_name, cur = "(runtime)", []

    def flush():
        if cur:
            items.append((cur_name, "\n".join(cur)))

    while i < len(lines):
        line = lines[i]
        if line.startswith("$rt_metadata(["):
            flush()
            cur = []
            first = line[len("$rt_metadata(["):]
            entries = [first] + []
            i += 1
            while i < len(lines) and not lines[i - 1].endswith("]);"):
                entries.append(lines[i])
                i += 1
            for e in entries:
                m = IDENT.match(e)
                items.append((owner(m.group(0)) if m else "(runtime)", e))
            cur_name = "(runtime)"
            continue
        if line.startswith("$rt_stringPool(["):
            flush()
            cur = []
            body = line
            while not body.rstrip().endswith("]);"):
                i += 1
                body += "\n" + lines[i]
            for s in re.findall(r'"(?:[^"\\]|\\.)*"', body):
                items.append(("(strings)", s + ","))
            i += 1
            cur_name = "(runtime)"
            continue
        m = TOP.match(line) if line and not line[0].isspace() and line[0] not in "})]" else None
        if m and m.group(1) not in ("let", "function", "if", "else", "return"):
            flush()
            cur_name, cur = owner(m.group(1)), [line]
        else:
            cur.append(line)
        i += 1
    flush()
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--by", choices=["class", "package"], default="class")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    js = open(args.file, encoding="utf-8").read()
    items = split(js)

    def key(o):
        if args.by == "class" or o.startswith("("):
            return o
        return o.rsplit(".", 1)[0]

    groups = {}
    for (o, _), text in zip(items, squeeze_all([t for _, t in items])):
        groups.setdefault(key(o), []).append(text)
    order = [(k, v) for k, v in groups.items()]
    whole = "".join(t for _, v in order for t in v).encode()
    gz_whole = len(zlib.compress(whole, 9))
    rows = []
    for k, v in order:
        rest = "".join(t for k2, v2 in order if k2 != k for t in v2).encode()
        raw = sum(len(t) for t in v)
        rows.append((gz_whole - len(zlib.compress(rest, 9)), raw, k))
    rows.sort(reverse=True)
    print(f"estimated minified {len(whole)} B, gzip -9 {gz_whole} B (real file: {len(js)} B unminified)")
    print(f"{'gz saved if gone':>16} {'min B':>7}  group")
    for gz, raw, k in rows[:args.top]:
        print(f"{gz:>16} {raw:>7}  {k}")
    print(f"{sum(r[0] for r in rows):>16} {sum(r[1] for r in rows):>7}  (sum of all groups)")


if __name__ == "__main__":
    main()
