import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeModel, buildTemplateSet, DEFAULT_CONFIG, RULES, type TemplateSet } from './core/index.js';
import { parseState, updateState, type ParseState } from './core/incremental/update.js';
import { saveCodeCache } from './node/codeCache.js';
import { createPodiumService } from './service/index.js';
import { toDiagnostic } from './convert.js';
import { speechInfoAnswer } from './lsp/requests.js';

/**
 * A short speech that walks the analysis' hot paths: front matter, headings, a salutation, `一是…`
 * series, `第一，` points, placeholders, a list, a quote, Latin words, a closing.
 */
const SAMPLE = [
  '---', 'title: 在全市基层党建工作推进会上的讲话', 'template: promotion-meeting', 'speaker: X', 'date: 2020-06-18', 'minutes: 15', '---', '',
  '# 在全市基层党建工作推进会上的讲话', '', '同志们：', '',
  '今天，利用大半天时间，X 个乡镇党委分别汇报了党建工作落实情况。方才，XXX 同志进行了详细讲评，有很强的针对性和指导性。', '',
  '## 一、提高政治站位，深刻认识做好党建工作的重要意义', '',
  '主要有以下三个特点。一是领导重视程度越来越高。通过逐级签定责任状明确了任务。二是重点任务有序推进。三是完成“XXX 智慧社区”服务群众手机 APP 掌上平台建设。', '',
  '### （一）压紧压实主体责任', '', '第一，责任落实力度不到位。第二，督促检查力度不够，特别是在督导考核上压力传导不够。', '',
  '- 投入 X 万元完成了社区活动场所建设', '- 查找失联党员 X 人', '', '> 要把不足修正好，把问题解决好。', '',
  '## 二、突出重点，扎实推进各项任务落地见效', '', 'In 2020, the district grew 3.5 percent; it\'s a well-known fact.', '',
  '同志们，做好党建工作责任重大、任务艰巨。我的讲话完了，谢谢大家！', '',
].join('\n');

/**
 * The sample eight times over with its numbers changed (about 6 KB): the hot loops run long
 * enough for V8 to optimise them, which the short sample alone did not (a speech opened a second
 * after start still took several times a warm analysis). Taken once the short one has run a
 * few times, so that no single slice is long while the code is still cold.
 */
const LONG_SAMPLE = SAMPLE + Array.from({ length: 8 }, (_, k) => SAMPLE.split('\n').slice(8).join('\n')
  .replace(/X 个/g, `${k + 3} 个`).replace('一、', `${'二三四五六七八九'[k]}、`)).join('\n');

/** Slices on the short sample, then in all: a few hundred milliseconds of an idle server. */
const SHORT_SLICES = 10;
const SLICES = 80;
const service = createPodiumService();

/** A client opens its documents right after `initialized`: give them the first word. */
const START_DELAY_MS = 50;
/** After the first documents are checked, the code cache is written once the server has been quiet this long. */
const SAVE_DELAY_MS = 1000;

/**
 * Warms the analysis on a built-in sample in idle slices after `initialized`, one analysis per
 * event-loop turn, so a real request waits for one slice at most; it stops for good when a
 * document arrives (that document's own analysis warms the rest). When the server is next idle,
 * the V8 code cache is written (server/src/node/codeCache.ts): the next server starts warm.
 */
export class WarmUp {
  #state: 'waiting' | 'running' | 'stopped' = 'waiting';
  #slices = 0;
  #parse: ParseState | undefined;
  #templates: TemplateSet | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #armed = false;

  start(): void {
    // `PODIUM_WARM_UP=off`: for measuring what the warm-up brings (npm run bench).
    if (this.#state !== 'waiting' || process.env['PODIUM_WARM_UP'] === 'off') return;
    this.#state = 'running';
    setTimeout(() => this.#slice(), START_DELAY_MS).unref();
  }

  /** A document arrived or changed. */
  busy(): void {
    this.#state = 'stopped';
    clearTimeout(this.#saveTimer);
  }

  /** Every document is checked: the analysis has run, so the code cache would now hold it. */
  idle(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(saveCodeCache, SAVE_DELAY_MS).unref();
    // A server closed sooner (an editor opened one file and quit) still leaves its cache.
    if (!this.#armed) process.once('exit', saveCodeCache);
    this.#armed = true;
  }

  #slice(): void {
    if (this.#state !== 'running') return;
    // Whole parses and incremental updates alternate: the server runs both.
    const sample = this.#slices < SHORT_SLICES ? SAMPLE : LONG_SAMPLE;
    if (this.#slices === SHORT_SLICES) this.#parse = undefined;
    const text = this.#slices % 2 ? sample.replace('今天', `今天${this.#slices}`) : sample;
    this.#parse = this.#parse ? updateState(this.#parse, text) : parseState(text);
    const templates = (this.#templates ??= buildTemplateSet());
    const analysis = analyzeModel(this.#parse.model, DEFAULT_CONFIG, templates, RULES);
    // What the first publish and the Structure view do with an analysis: diagnostics, speech info.
    const doc = TextDocument.create('untitled:warm-up', 'speech', this.#slices, text);
    // Both shapes a diagnostic has: whole (other editors) and lean (VS Code's client completes it).
    for (const finding of service.findings(analysis, 1000)) toDiagnostic(doc, finding, this.#slices % 2 === 0);
    speechInfoAnswer(service.speechFacts(analysis, DEFAULT_CONFIG, templates, 'zh-CN'), analysis, doc, 'warm-up');
    if (++this.#slices < SLICES) {
      setImmediate(() => this.#slice());
      return;
    }
    this.#state = 'stopped';
    this.#parse = undefined;
    this.idle();
  }
}
