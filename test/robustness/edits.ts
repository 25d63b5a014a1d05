/** Seeded random edits for the fuzz tests: Markdown-heavy pieces that move chunk boundaries. */
import { rng } from '../../bench/generate.js';

export const PIECES = [
  '的', '\n', '\n\n', '## 二、新的部分\n\n', '### （一）小节\n', '```\n', '~~~\n', '- a\n', '> q\n', '<!--', '-->', '<!-- podium-disable -->\n',
  '---\n', '   ', '    ', 'X', 'XXX', '\r\n', '\r', '[a]: /b\n', '<div>\n', '<pre>\n', '1. x\n', '# ', '\t', '一是', '二是', '第一，', '😀',
  '---\ntitle: 讲话\ntemplate: promotion-meeting\n---\n', '同志们：\n\n', '谢谢大家！', '*', '_', '\\', '\uFEFF', '\u0000',
];

export interface Edit { start: number; end: number; text: string }

export function editor(seed: number): (text: string) => Edit {
  const r = rng(seed);
  return (text) => {
    const start = Math.floor(r() * (text.length + 1));
    const end = Math.min(text.length, start + Math.floor(r() * (r() < 0.85 ? 3 : 300)));
    const text2 = r() < 0.25 ? '' : PIECES[Math.floor(r() * PIECES.length)]!;
    return { start, end, text: text2 };
  };
}

export function apply(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/** Random bytes decoded as Node decodes a file (invalid UTF-8 becomes U+FFFD). */
export function randomBytes(seed: number, length: number): string {
  const r = rng(seed);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(r() * 256);
  return bytes.toString('utf8');
}
