import { localizeAll, type Message } from '../../core/i18n.js';

/** A document Podium will not import, with a message that says what it is and what to do. */
export class DocxImportError extends Error {
  /** The message in every language; `message` is its English text. */
  readonly detail: Message;
  constructor(template: Message, params: Readonly<Record<string, string | number>>) {
    const detail = localizeAll(template, params);
    super(detail.en);
    this.name = 'DocxImportError';
    this.detail = detail;
  }
}
