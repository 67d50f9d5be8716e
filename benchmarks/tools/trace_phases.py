#!/usr/bin/env python3
"""Sums up the Chromium traces that Profile's "trace" command writes (target/traces/<folder>-<run>.jsonl).

For each folder: the time between the marks click-start and click-end, and within it the renderer main
thread's top-level work by phase (script, style, layout, paint and the rest of the frame, garbage collection),
as medians over the runs; with --names, the busiest trace event names too.

    python3 benchmarks/tools/trace_phases.py benchmarks/target/traces [--names 25]
"""
import collections
import json
import os
import statistics
import sys

PHASES = [
    ('script', {'FunctionCall', 'EvaluateScript', 'v8.execute', 'EventDispatch', 'TimerFire',
                'FireAnimationFrame', 'v8.callFunction', 'RunMicrotasks', 'V8.Execute'}),
    ('style', {'UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'}),
    ('layout', {'Layout', 'UpdateLayerTree'}),
    ('paint', {'Paint', 'PrePaint', 'Layerize', 'Commit', 'PaintImage', 'CompositeLayers',
               'UpdateLayer', 'RasterTask'}),
    ('gc', {'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase',
            'V8.GCScavenger', 'V8.GCCompactor', 'V8.GCFinalizeMC', 'V8.GC_MC_BACKGROUND_MARKING',
            'MajorGC', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMCReduceMemory', 'CppGC.AtomicMark'}),
]


def load(path):
    events = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                events.extend(json.loads(line)['params']['value'])
    return events


def analyse(events):
    marks = {e['name']: e['ts'] for e in events if e['name'] in ('click-start', 'click-end')}
    if len(marks) < 2:
        return None
    # The page's main thread: the one that wrote the marks.
    main = next((e['pid'], e['tid']) for e in events if e['name'] == 'click-start')
    start, end = marks['click-start'], marks['click-end']
    names = collections.Counter()
    phases = collections.Counter()
    # Self time per event name on the main thread within the span: nested events subtract from their parent.
    spans = sorted((e for e in events if (e['pid'], e['tid']) == main and e.get('ph') == 'X'
                    and 'dur' in e and e['ts'] < end and e['ts'] + e['dur'] > start),
                   key=lambda e: (e['ts'], -e['dur']))
    stack = []
    for e in spans:
        s, t = max(e['ts'], start), min(e['ts'] + e['dur'], end)
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack:
            names[stack[-1][2]] -= (t - s)
        names[e['name']] += (t - s)
        stack.append((s, t, e['name']))
    for name, us in names.items():
        for phase, members in PHASES:
            if name in members or (phase == 'gc' and 'GC' in name):
                phases[phase] += us
                break
    total = (end - start)
    busy = sum(names.values())
    phases['other'] = busy - sum(phases.values())
    phases['idle'] = total - busy
    return total / 1000, {k: v / 1000 for k, v in phases.items()}, {k: v / 1000 for k, v in names.items()}


def main():
    folder = sys.argv[1]
    top = int(sys.argv[sys.argv.index('--names') + 1]) if '--names' in sys.argv else 0
    by_app = collections.defaultdict(list)
    for file in sorted(os.listdir(folder)):
        if file.endswith('.jsonl'):
            app = file.rsplit('-', 1)[0]
            result = analyse(load(os.path.join(folder, file)))
            if result is None:
                print('no click marks in ' + file + ' (the trace began too late): left out')
            else:
                by_app[app].append(result)
    columns = ['total', 'script', 'style', 'layout', 'paint', 'gc', 'other', 'idle']
    print('%-18s' % 'median ms' + ''.join('%9s' % c for c in columns))
    for app, runs in by_app.items():
        row = [statistics.median(r[0] for r in runs)]
        row += [statistics.median(r[1].get(c, 0) for r in runs) for c in columns[1:]]
        print('%-18s' % app + ''.join('%9.2f' % v for v in row))
    if top:
        for app, runs in by_app.items():
            totals = collections.Counter()
            for r in runs:
                for name, ms in r[2].items():
                    totals[name] += ms / len(runs)
            print('\n' + app + ': self time per event name, mean ms')
            for name, ms in totals.most_common(top):
                print('  %8.2f  %s' % (ms, name))


if __name__ == '__main__':
    main()
