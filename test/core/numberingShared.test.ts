import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Finding } from '../../server/src/core/index.js';

const speech = (eol: string, body: string) => `---${eol}title: 讲话${eol}---${eol}${eol}${body.replace(/\n/g, eol)}`;
const renumbering = (f: Finding) => f.fixes?.[0];

// A series whose every other point is out of place (`2.` on every line) gave each finding its own
// renumbering of the whole series: time and memory in the square of its length.
describe('findings of one numbered series share one renumbering', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`numbering-sequence, ${JSON.stringify(eol)}`, () => {
      const { findings } = analyze(speech(eol, '2. a\n'.repeat(40)));
      const flagged = findings.filter((f) => f.ruleId === 'numbering-sequence');
      assert.equal(flagged.length, 39);
      assert.equal(new Set(flagged.map(renumbering)).size, 1);
      assert.equal(renumbering(flagged[0]!)!.edits.length, 39, "every point but the second is renumbered");
    });

    it(`numbering-style, ${JSON.stringify(eol)}`, () => {
      const { findings } = analyze(speech(eol, Array.from({ length: 30 }, (_, i) => `${i + 1}、落实责任。\n`).join('\n')));
      const styled = findings.filter((f) => f.ruleId === 'numbering-style');
      assert.equal(styled.length, 30);
      assert.equal(new Set(styled.map(renumbering)).size, 1);
    });
  }
});
