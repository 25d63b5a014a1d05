/**
 * The file name a new speech is saved under: always exactly one `.speech.md`. A save dialog with a
 * `speech.md` filter appends the extension again to a name that already has it
 * (`review-meeting.speech.md.speech.md`), and a bare name needs it added.
 */
export function speechFileName(name: string): string {
  let base = name;
  for (;;) {
    const lower = base.toLowerCase();
    if (lower.endsWith('.speech.md')) base = base.slice(0, -'.speech.md'.length);
    else if (lower.endsWith('.md')) base = base.slice(0, -'.md'.length);
    else if (lower.endsWith('.speech')) base = base.slice(0, -'.speech'.length);
    else break;
  }
  return `${base || 'speech'}.speech.md`;
}
