/**
 * What a tool changed in a text, as hunks of the original: a character diff (Myers' O(ND)
 * algorithm, as diff tools use) between the text and the tool's output, adjacent changes merged.
 */
export interface Hunk {
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  readonly old: string;
  readonly new: string;
}

export function hunksOf(before: string, after: string): Hunk[] {
  if (before === after) return [];
  // Common prefix and suffix first: tools change little, so the diff runs on the middle only.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const hunks: Hunk[] = [];
  let current: { start: number; end: number; old: string; new: string } | undefined;
  for (const op of editScript(a, b)) {
    if (op.kind === '=') {
      if (current) hunks.push(current);
      current = undefined;
      continue;
    }
    const at = head + op.a;
    current ??= { start: at, end: at, old: '', new: '' };
    if (op.kind === '-') {
      current.old += a[op.a];
      current.end = at + 1;
    } else current.new += b[op.b];
  }
  if (current) hunks.push(current);
  return hunks;
}

interface Op { kind: '=' | '-' | '+'; a: number; b: number }

function editScript(a: string, b: string): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; ops.push({ kind: '=', a: x, b: y }); }
    if (d === 0) break;
    if (x === prevX) { y--; ops.push({ kind: '+', a: x, b: y }); } else { x--; ops.push({ kind: '-', a: x, b: y }); }
  }
  return ops.reverse();
}
