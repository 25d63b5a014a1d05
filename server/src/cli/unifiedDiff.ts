/**
 * A unified diff of two texts by lines (Myers' O(ND) algorithm), as `diff -u` prints it, so a
 * writer can read what `podium fix --diff` would change before letting it write.
 */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  let out = `--- a/${name}\n+++ b/${name}\n`;
  for (const hunk of hunks(ops, context)) {
    const first = ops[hunk[0]!]!;
    const aCount = hunk.filter((i) => ops[i]!.op !== '+').length;
    const bCount = hunk.filter((i) => ops[i]!.op !== '-').length;
    out += `@@ -${first.a + (aCount ? 1 : 0)},${aCount} +${first.b + (bCount ? 1 : 0)},${bCount} @@\n`;
    for (const i of hunk) out += `${ops[i]!.op}${ops[i]!.line}\n`;
  }
  return out;
}

interface Op { op: ' ' | '-' | '+'; line: string; a: number; b: number }

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The edit script: each line of `a` kept or removed, each line of `b` kept or added, in order. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const max = a.length + b.length;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) { x++; y++; }
      v.set(k, x);
      if (x >= a.length && y >= b.length) break outer;
    }
  }
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd.get(k - 1)! < vd.get(k + 1)!) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; ops.push({ op: ' ', line: a[x]!, a: x, b: y }); }
    if (d === 0) break;
    if (x === prevX) { y--; ops.push({ op: '+', line: b[y]!, a: x, b: y }); } else { x--; ops.push({ op: '-', line: a[x]!, a: x, b: y }); }
  }
  return ops.reverse();
}

/** Indices of ops grouped into hunks: changes with `context` kept lines around them. */
function hunks(ops: readonly Op[], context: number): number[][] {
  const changed = ops.map((o, i) => (o.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  const groups: number[][] = [];
  for (const i of changed) {
    const from = Math.max(0, i - context);
    const last = groups[groups.length - 1];
    if (last && from <= last[last.length - 1]! + 1) {
      for (let j = last[last.length - 1]! + 1; j <= Math.min(ops.length - 1, i + context); j++) last.push(j);
    } else {
      const g: number[] = [];
      for (let j = from; j <= Math.min(ops.length - 1, i + context); j++) g.push(j);
      groups.push(g);
    }
  }
  return groups;
}
