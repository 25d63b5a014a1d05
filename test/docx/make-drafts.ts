/**
 * Builds .docx drafts the way Word and WPS users make them, at test time (no committed binaries):
 * plain-paragraph headings in 黑体/楷体, `一、`/`（一）` from automatic numbering, a centred title
 * block, `　　` indentation typed as text, page numbers in footers, a footnote, bold runs, a table,
 * an image, a text box. `node --import tsx test/docx/make-drafts.ts DIR` writes them to DIR to open
 * in Word or LibreOffice.
 */
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, ImageRun, LevelFormat, LevelSuffix, Packer,
  PageNumber, Paragraph, Tab, Table, TableCell, TableRow, Textbox, TextRun, type INumberingOptions, type ParagraphChild,
} from 'docx';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_BODY, SEED_DATE, SEED_SPEAKER, SEED_TITLE } from './seed-speech.js';

const FANG = { ascii: 'FangSong_GB2312', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong_GB2312' };
const HEI = { ascii: '黑体', eastAsia: '黑体', hAnsi: '黑体' };
const KAI = { ascii: '楷体_GB2312', eastAsia: '楷体_GB2312', hAnsi: '楷体_GB2312' };
const XBS = { ascii: '方正小标宋简体', eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体' };
const INDENT = '\u3000\u3000';

/** `一、` at level 0 and `（一）` at level 1, as a Chinese Word user sets up a multilevel list. */
const CN_HEADINGS: INumberingOptions = {
  config: [{
    reference: 'cn-headings',
    levels: [
      { level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '%1、', start: 1, suffix: LevelSuffix.NOTHING },
      { level: 1, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '（%2）', start: 1, suffix: LevelSuffix.NOTHING },
    ],
  }],
};

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const centred = (text: string, font = KAI, size = 32) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font, size })] });
const body = (...runs: ParagraphChild[]) => new Paragraph({ children: [new TextRun({ text: INDENT, font: FANG, size: 32 }), ...runs] });
const fang = (text: string, extra: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FANG, size: 32, ...extra });
const numbered = (text: string, level: 0 | 1) =>
  new Paragraph({ numbering: { reference: 'cn-headings', level }, children: [new TextRun({ text, font: level === 0 ? HEI : KAI, size: 32 })] });

const pageFooter = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] });

async function pack(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The real speech (seed-speech.ts) as its writer's Word draft. */
export async function seedDraft(): Promise<Uint8Array> {
  const children = [centred(SEED_TITLE, XBS, 44), centred(SEED_SPEAKER), centred(SEED_DATE), new Paragraph({})];
  for (const line of SEED_BODY) {
    if (line.startsWith('h:')) children.push(numbered(line.slice(2), 0));
    else if (line.startsWith('b:')) {
      const text = line.slice(2);
      const cut = text.indexOf('。') + 1;
      children.push(body(fang(text.slice(0, cut), { bold: true }), fang(text.slice(cut))));
    } else if (line === '同志们：') children.push(new Paragraph({ children: [fang(line)] }));
    else children.push(body(fang(line)));
  }
  return pack(new Document({ numbering: CN_HEADINGS, sections: [{ footers: { default: pageFooter() }, children }] }));
}

/** What `podium import` should make of `seedDraft()`. */
export function seedExpected(): string {
  const lines = ['---', `title: ${SEED_TITLE}`, `speaker: ${SEED_SPEAKER}`, 'date: 2020-07-15', 'lang: zh-CN',
    '# template guessed by `podium import` from the headings: check it', 'template: review-meeting', '---'];
  let heading = 0;
  for (const line of SEED_BODY) {
    if (line.startsWith('h:')) lines.push('', `## ${'一二三四五'[heading++]}、${line.slice(2)}`);
    else if (line.startsWith('b:')) {
      const text = line.slice(2);
      const cut = text.indexOf('。');
      lines.push('', `**${text.slice(0, cut)}**${text.slice(cut)}`);
    } else lines.push('', line);
  }
  return lines.join('\n') + '\n';
}

/** Every feature a draft has, in one document (the expected Markdown is in import.test.ts). */
export async function featureDraft(): Promise<Uint8Array> {
  const table = new Table({ rows: [
    new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('数值')] })] }),
    new TableRow({ children: [new TableCell({ children: [new Paragraph('网上可办率')] }), new TableCell({ children: [new Paragraph('98%')] })] }),
  ] });
  const children = [
    centred('关于加快推进数字政府建设的讲话', XBS, 44),
    centred('市长\u3000王某某'),
    centred('（二〇二四年三月八日）'),
    centred('——在全市数字政府建设推进会上的讲话'),
    new Paragraph({}),
    new Paragraph({ children: [fang('同志们：')] }),
    body(fang('今天召开会议，主要任务是部署'), fang('数字政府', { bold: true }), fang('建设，推广'), fang('GovTech', { italics: true }), fang('经验。')),
    new Paragraph({ children: [] }),
    numbered('提高思想认识', 0),
    numbered('充分认识重要意义', 1),
    body(fang('据统计，全市政务服务事项网上可办率达到98%'), new FootnoteReferenceRun(1), fang('。')),
    numbered('准确把握目标要求', 1),
    new Paragraph({ children: [new TextRun({ text: '1.明确时间表', font: FANG, size: 32, bold: true })] }),
    body(fang('第一行'), new TextRun({ text: '第二行', font: FANG, size: 32, break: 1 })),
    body(new TextRun({ children: ['项目', new Tab(), '进度'], font: FANG, size: 32 })),
    table,
    numbered('突出工作重点', 0),
    numbered('加快平台建设', 1),
    body(fang('如图所示：'), new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })),
    new Textbox({ children: [new Paragraph('文本框里的话')], style: { width: '2in', height: '1in' } }),
    new Paragraph({ children: [new TextRun({ text: '三、强化组织保障', font: HEI, size: 32 })] }),
    new Paragraph({ children: [new TextRun({ text: `${INDENT}（一）加强组织领导。`, font: KAI, size: 32 }), fang('各级各部门要把数字政府建设摆上重要议事日程，主要领导亲自抓，分管领导具体抓，形成一级抓一级、层层抓落实的工作格局。')] }),
    body(fang('同志们，数字政府建设任务艰巨。让我们坚定信心，扎实工作！')),
  ];
  return pack(new Document({
    numbering: CN_HEADINGS,
    footnotes: { 1: { children: [new Paragraph('数据来源：市政务服务中心2023年年报。')] } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph('XX市人民政府办公室')] }) },
      footers: { default: pageFooter() },
      children,
    }],
  }));
}

/** What `podium import` should make of `featureDraft()`. */
export function featureExpected(): string {
  return FEATURES;
}

const FEATURES = `---
title: 关于加快推进数字政府建设的讲话
speaker: 市长 王某某
occasion: 全市数字政府建设推进会
date: 2024-03-08
lang: zh-CN
# template guessed by \`podium import\` from the headings: check it
template: promotion-meeting
---

同志们：

今天召开会议，主要任务是部署**数字政府**建设，推广*GovTech*经验。

## 一、提高思想认识

### （一）充分认识重要意义

据统计，全市政务服务事项网上可办率达到98%[^1]。

### （二）准确把握目标要求

#### 1.明确时间表

第一行\\
第二行

项目\t进度

<!-- podium: left out table “指标 数值 网上可办率 98%” -->

## 二、突出工作重点

### （一）加快平台建设

如图所示：

<!-- podium: left out image -->

<!-- podium: left out text box -->

## 三、强化组织保障

（一）加强组织领导。各级各部门要把数字政府建设摆上重要议事日程，主要领导亲自抓，分管领导具体抓，形成一级抓一级、层层抓落实的工作格局。

同志们，数字政府建设任务艰巨。让我们坚定信心，扎实工作！

[^1]: 数据来源：市政务服务中心2023年年报。
`;

/**
 * A draft whose writer used Word's heading styles, saved by Chinese Word: style ids `1`, `2`,
 * `a3` (names "heading 1", "heading 2", "Title"). Its `1.` paragraph is body text, not a heading.
 */
export async function styledDraft(): Promise<Uint8Array> {
  return pack(new Document({
    styles: { paragraphStyles: [
      { id: 'a3', name: 'Title', run: { font: XBS, size: 44 }, paragraph: { alignment: AlignmentType.CENTER } },
      { id: '1', name: 'heading 1', run: { font: HEI, size: 32 } },
      { id: '2', name: 'heading 2', run: { font: KAI, size: 32 } },
    ] },
    sections: [{ children: [
      new Paragraph({ style: 'a3', children: [new TextRun('关于某某工作的讲话')] }),
      new Paragraph({ children: [fang('同志们：')] }),
      new Paragraph({ style: '1', children: [new TextRun({ text: '一、总体要求', bold: true })] }),
      new Paragraph({ children: [fang('1. 这一段不是标题。')] }),
      new Paragraph({ style: '2', children: [new TextRun('（一）工作目标')] }),
      body(fang('谢谢大家！')),
    ] }],
  }));
}

async function writeDrafts(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of [['seed', seedDraft], ['features', featureDraft], ['styled', styledDraft]] as const) {
    writeFileSync(join(dir, `${name}.docx`), await make());
  }
}

// Run as a script, not when imported by a test or bundled into the VS Code suite.
if (require.main === module) void writeDrafts(process.argv[2] ?? '.');
