// A speech without `lang:` is read in the language most of its text is in: Han characters
// (astral ones, Extension B and on, too; not Chinese punctuation) against Latin letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../server/src/core/parse/language.js';

test('the language is guessed from Han characters against Latin letters', () => {
  assert.equal(guessLanguage('同志们：今天召开全市工作会议。', 0), 'zh-CN');
  assert.equal(guessLanguage('Ladies and gentlemen, welcome to the opening ceremony.', 0), 'en');
  // Extension B characters (surrogate pairs) are Han; a speech of names written in them is Chinese.
  assert.equal(guessLanguage('𠀀𠀁𠀂𠀃 met 𠀄𠀅 at the hall', 0), 'zh-CN');
  // Full-width marks and a lone surrogate are not Han: English with Chinese quotes stays English.
  assert.equal(guessLanguage('“Thank you,” she said, “for coming today.”\ud840', 0), 'en');
  // The front matter is not sampled: `from` is where the body starts.
  const fm = '---\ntitle: Speech at the opening of the new library building\n---\n';
  assert.equal(guessLanguage(`${fm}同志们：今天召开会议。`, fm.length), 'zh-CN');
});
