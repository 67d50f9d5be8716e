#!/usr/bin/env python3
"""An experiment, not a build step: copies an app folder built with -Dbench.minify=false and makes every
class constructor in its TeaVM output keep a reference to the newest instance it built.

Why: before each timed operation the harness forces a full garbage collection. When every instance of a
class has died by then (all the rows and their views after "clear"), V8 lets that class's hidden class
(its "map") go, and throws away the optimized code of every function that was specialised for it ("marking
dependent code ... for deoptimization, reason: embedded weak objects cleared" under --trace-deopt). The
next operation runs that code unoptimized until V8 has optimized it again. Keeping one instance of each
class alive keeps the maps, and with them the optimized code; the difference in the timings of the two
folders is what that costs the app. See "Why creating rows costs more after a collection" in BENCHMARKS.md.

    python3 benchmarks/tools/anchor_instances.py benchmarks/target/jsbench-app benchmarks/target/jsbench-anchored
"""
import argparse
import pathlib
import re
import shutil
import sys

# TeaVM declares a class with fields as a top-level "function name() {" whose first statement calls the
# superclass's constructor; classes without fields reuse their superclass's, which then anchors them.
CONSTRUCTOR = re.compile(r'^(\s*)function ([A-Za-z_$][\w$]*)\(\) \{$', re.M)


def anchor(source):
    count = 0

    def keep(match):
        nonlocal count
        count += 1
        indent, name = match.group(1), match.group(2)
        return f'{match.group(0)}\n{indent}    {name}.$anchor = this;'

    return CONSTRUCTOR.sub(keep, source), count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('source', type=pathlib.Path, help='an app folder, built unminified')
    parser.add_argument('target', type=pathlib.Path, help='the folder to write')
    args = parser.parse_args()
    scripts = list(args.source.glob('*.js'))
    if not scripts:
        sys.exit(f'no script in {args.source}')
    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(args.source, args.target)
    for script in scripts:
        text, count = anchor(script.read_text(encoding='utf-8'))
        if count == 0:
            sys.exit(f'{script.name}: no TeaVM class constructor found; build with -Dbench.minify=false')
        (args.target / script.name).write_text(text, encoding='utf-8')
        print(f'{script.name}: {count} class constructors keep their newest instance')


if __name__ == '__main__':
    main()
