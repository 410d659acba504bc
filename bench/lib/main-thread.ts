// Reading a Chromium trace of a cold load (bench/lib/cold-browser.ts, `trace`): what the page's main thread did
// from navigation start until the frame that showed every event, task after task, and the time each kind of work
// took (compiling and running scripts, style, layout, paint), with the requests as the thread sent them.
import type { TraceEvent } from './cold-browser.js';

/** The timeline as DevTools' performance panel records it; `cpu`: with V8's sampling profiler (slower). */
export function traceCategories(cpu: boolean): string[] {
  return [
    '-*',
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.frame',
    'v8.execute',
    'blink.user_timing',
    'loading',
    ...(cpu ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ];
}

interface Node {
  event: TraceEvent;
  start: number;
  end: number;
  children: Node[];
}

export interface Breakdown {
  text: string;
  /** ms of each kind of work (self time) until the paint. */
  kinds: Record<string, number>;
}

/** The kind of work an event's own time counts as. */
function kindOf(name: string): string | null {
  if (/^(v8\.compile|V8\.Compile|v8\.compileModule|V8\.CompileCode|V8\.ScriptCompiler|v8\.produceCache|v8\.parseOnBackground)/.test(name)) return 'compile';
  if (/^(EvaluateScript|v8\.evaluateModule|v8\.run|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|V8\.Execute|v8\.callFunction|V8\.GC|MajorGC|MinorGC|v8\.newInstance|ResizeObserver)/i.test(name)) return 'script';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|IntersectionObserverController)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|CompositeLayers|RasterTask|PaintImage|UpdateLayer)/.test(name)) return 'paint';
  if (/^(ParseHTML)/.test(name)) return 'html';
  return null;
}

interface Sample {
  /** ms from navigation start. */
  at: number;
  ms: number;
  frame: string;
  file: string;
}

/** The V8 CPU profile's samples of the thread, each with its function's place and the time until the next. */
function profileSamples(trace: TraceEvent[], pid: number, tid: number, from: number, until: number): Sample[] {
  const profiles = trace.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const out: Sample[] = [];
  for (const profile of profiles) {
    const id = (profile as TraceEvent & { id?: string }).id;
    const nodes = new Map<number, { name: string; file: string; parent?: number }>();
    let time = Number(profile.args?.data?.startTime ?? 0);
    const raw: { ts: number; node: number }[] = [];
    for (const chunk of trace.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && (e as TraceEvent & { id?: string }).id === id)) {
      const data = chunk.args?.data ?? {};
      for (const node of data.cpuProfile?.nodes ?? []) {
        const frame = node.callFrame ?? {};
        const file = String(frame.url ?? '').replace(/^.*\//, '').replace(/\?.*$/, '') || `(${frame.functionName || 'native'})`;
        nodes.set(node.id, { name: `${frame.functionName || '(anonymous)'}@${file}:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}`, file, parent: node.parent });
      }
      const samples: number[] = data.cpuProfile?.samples ?? [];
      const deltas: number[] = data.timeDeltas ?? [];
      samples.forEach((node, index) => {
        time += deltas[index] ?? 0;
        raw.push({ ts: time, node });
      });
    }
    for (let index = 0; index < raw.length - 1; index += 1) {
      const { ts, node } = raw[index]!;
      if (ts < from || ts > until) continue;
      const info = nodes.get(node);
      if (!info || info.name.startsWith('(idle)')) continue;
      out.push({ at: (ts - from) / 1000, ms: (raw[index + 1]!.ts - ts) / 1000, frame: info.name, file: info.file });
    }
  }
  return out;
}

export function breakdown(trace: TraceEvent[], paintMs: number): Breakdown {
  const nav = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'));
  if (!nav) return { text: 'no navigationStart in the trace', kinds: {} };
  const pid = nav.pid;
  const tid = nav.tid;
  const at = (ts: number) => (ts - nav.ts) / 1000;
  const mine = trace.filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E' || e.ph === 'I' || e.ph === 'i')).sort((a, b) => a.ts - b.ts);
  // Complete events and B/E pairs as one tree.
  const roots: Node[] = [];
  const stack: Node[] = [];
  const open: Node[] = [];
  const instants: TraceEvent[] = [];
  for (const event of mine) {
    if (event.ph === 'I' || event.ph === 'i') {
      instants.push(event);
      continue;
    }
    if (event.ph === 'E') {
      const node = open.pop();
      if (node) node.end = event.ts;
      continue;
    }
    const node: Node = { event, start: event.ts, end: event.ph === 'X' ? event.ts + (event.dur ?? 0) : Infinity, children: [] };
    while (stack.length && stack.at(-1)!.end <= node.start) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
    if (event.ph === 'B') open.push(node);
  }
  const until = nav.ts + paintMs * 1000;
  const kinds: Record<string, number> = {};
  const lines: string[] = [];
  const describe = (event: TraceEvent): string => {
    const data = event.args?.data ?? event.args?.beginData ?? {};
    const url = String(data.url ?? data.fileName ?? event.args?.fileName ?? '').replace(/^.*\//, '').replace(/\?.*$/, '');
    const extra = [url, data.type, data.functionName, data.elementCount !== undefined ? `${data.elementCount} elements` : ''].filter(Boolean).join(' ');
    return extra ? `${event.name}(${extra})` : event.name;
  };
  // Self time per node, summed by kind (the nearest kind up the tree counts for what has none).
  const visit = (node: Node, inherited: string | null, into: Record<string, number>, names: Map<string, number>) => {
    const kind = kindOf(node.event.name) ?? inherited;
    const end = Math.min(node.end, until);
    const childTime = node.children.reduce((sum, child) => sum + Math.max(0, Math.min(child.end, until) - child.start), 0);
    const self = Math.max(0, end - node.start - childTime) / 1000;
    into[kind ?? 'other'] = (into[kind ?? 'other'] ?? 0) + self;
    if (kindOf(node.event.name)) names.set(describe(node.event), (names.get(describe(node.event)) ?? 0) + Math.max(0, end - node.start) / 1000);
    for (const child of node.children) visit(child, kind, into, names);
  };
  const urls = new Map<string, string>();
  for (const e of trace) if (e.name === 'ResourceSendRequest' && e.args?.data?.requestId) urls.set(e.args.data.requestId, String(e.args.data.url ?? ''));
  const urlOf = (e: TraceEvent) => String(e.args?.data?.url ?? urls.get(e.args?.data?.requestId) ?? '');
  let busy = 0;
  for (const root of roots) {
    if (root.start > until) break;
    const dur = (Math.min(root.end, until) - root.start) / 1000;
    busy += dur;
    const own: Record<string, number> = {};
    const names = new Map<string, number>();
    visit(root, null, own, names);
    for (const [kind, ms] of Object.entries(own)) kinds[kind] = (kinds[kind] ?? 0) + ms;
    const marks = instants
      .filter((e) => e.ts >= root.start && e.ts <= root.end && /^(ResourceReceiveResponse|ResourceFinish|ResourceSendRequest)$/.test(e.name))
      .map((e) => `${e.name.replace('Resource', '')}:${urlOf(e).replace(/^.*\//, '').slice(0, 18)}`);
    if (dur >= 0.3 || marks.length) {
      const top = [...names].filter(([, ms]) => ms >= 0.2).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
      lines.push(`  ${at(root.start).toFixed(1).padStart(6)}–${at(Math.min(root.end, until)).toFixed(1).padStart(6)} ${dur.toFixed(1).padStart(5)} ms  ${top.join(', ')}${marks.length ? `  [${marks.join(' ')}]` : ''}`);
    }
  }
  const sends = mine
    .filter((e) => e.name === 'ResourceSendRequest')
    .map((e) => `${at(e.ts).toFixed(1)} ${String(e.args?.data?.url ?? '').replace(/^.*\//, '').slice(0, 30)}`);
  const total = Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ');
  const samples = profileSamples(trace, pid, tid, nav.ts, until);
  const bySelf = new Map<string, number>();
  const byFile = new Map<string, number>();
  const windows = new Map<number, Map<string, number>>();
  for (const sample of samples) {
    bySelf.set(sample.frame, (bySelf.get(sample.frame) ?? 0) + sample.ms);
    byFile.set(sample.file, (byFile.get(sample.file) ?? 0) + sample.ms);
    const window = Math.floor(sample.at / 10) * 10;
    const here = windows.get(window) ?? new Map<string, number>();
    here.set(sample.frame, (here.get(sample.frame) ?? 0) + sample.ms);
    windows.set(window, here);
  }
  const top = (map: Map<string, number>, count: number, least = 0.3) =>
    [...map].filter(([, ms]) => ms >= least).sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  const text = [
    `  samples by file (self ms): ${top(byFile, 12).join(', ')}`,
    `  samples by function (self ms): ${top(bySelf, 30).join(' | ')}`,
    '  samples by 10 ms window:',
    ...[...windows].sort((a, b) => a[0] - b[0]).map(([window, map]) => `    ${String(window).padStart(4)}: ${top(map, 6, 0.2).join(' | ')}`),
    `painted at ${paintMs.toFixed(1)} ms; main thread busy ${busy.toFixed(1)} ms: ${total}`,
    `  requests sent: ${sends.join(' | ')}`,
    ...lines,
  ].join('\n');
  return { text, kinds };
}
