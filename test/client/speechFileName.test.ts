import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speechFileName } from '../../client/src/speechFileName.js';

test('a new speech is saved with exactly one .speech.md', () => {
  assert.equal(speechFileName('review-meeting.speech.md'), 'review-meeting.speech.md');
  assert.equal(speechFileName('review-meeting.speech.md.speech.md'), 'review-meeting.speech.md');
  assert.equal(speechFileName('述职会讲话.speech.md.md'), '述职会讲话.speech.md');
  assert.equal(speechFileName('讲话稿'), '讲话稿.speech.md');
  assert.equal(speechFileName('draft.md'), 'draft.speech.md');
  assert.equal(speechFileName('Draft.Speech.MD'), 'Draft.speech.md');
  assert.equal(speechFileName('v1.2 讲话'), 'v1.2 讲话.speech.md');
  assert.equal(speechFileName('.speech.md'), 'speech.speech.md');
});
