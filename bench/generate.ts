/**
 * A seeded generator of realistic Chinese official speeches (讲话稿) for the benchmark and the
 * fuzz tests: front matter, a title, a salutation, an opening, `## 一、` parts with `### （一）`
 * subsections, paragraphs with `一是…二是…` series and `第一，…` points, and `X`/`XXX`
 * placeholders, built from sentence fragments in the style of real speeches.
 */

/** mulberry32: small, fast and good enough to make a corpus reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 305 → 三百〇五 (enough for any part count the corpus needs). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '〇' + DIGITS[rest] : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest));
  }
  const rest = n % 1000;
  return DIGITS[Math.floor(n / 1000)] + '千' + (rest === 0 ? '' : rest < 100 ? '〇' + chineseNumeral(rest) : chineseNumeral(rest));
}

const TOPICS = ['基层党建', '疫情防控', '乡村振兴', '营商环境', '安全生产', '生态环保', '民生保障', '作风建设', '政协履职', '招商引资', '社会治理', '人才队伍'];
const PART_TITLES = [
  '提高政治站位，深刻认识做好{t}工作的重要意义',
  '肯定成绩，客观看待{t}工作取得的成效',
  '正视问题，清醒认识{t}工作存在的短板',
  '突出重点，扎实推进{t}各项任务落地见效',
  '强化保障，形成推动{t}工作的强大合力',
  '明确目标任务，以务实举措抓好{t}工作',
];
const SUB_TITLES = ['压紧压实主体责任', '加强督导检查指导', '补齐基础保障短板', '创新工作方式方法', '强化队伍能力建设', '健全制度机制体系', '注重宣传引导', '严格考核问责'];
const OPENINGS = [
  '这次会议，是对上半年{t}工作目标责任以及省、市委有关要求落实情况的一次检验，是直面问题的剖析，也是进一步理清工作思路的“会诊”，意义重大。',
  '今天，利用大半天时间，X 个乡镇党委分别汇报了{t}工作落实情况。方才，XXX 同志进行了详细讲评，客观指出了存在的问题，有很强的针对性和指导性。',
  '2020 年以来，全区{t}工作取得较好成效，成绩来之不易，这是各级各部门共同努力的结果。',
];
const POINTS = [
  '领导重视程度越来越高', '重点任务有序推进', '基础保障得到加强', '责任落实力度不到位', '解决深层次问题不够',
  '督促检查力度不够', '队伍结构不够合理', '工作机制还不健全', '宣传引导还不充分', '群众满意度稳步提升',
];
const CLAUSES = [
  '通过逐级签定责任状明确了任务、传导了压力', '加大了常委会议、专题会议研究部署{t}工作的频次',
  '确保了{t}基本任务的落实', '形成了重视{t}、支持{t}的良好局面', '查找失联党员 X 人，X 个党组织完成了换届整改',
  '投入 X 万元完成了 X 社区 X 平方米活动场所建设', '完成“XXX 智慧社区”服务群众手机 APP 掌上平台建设',
  '督促检查少，特别是在督导考核上压力传导不够', '对后备力量培养和储备不足', '有的单位主体责任意识不强，没有把责任真正扛起来',
  '要把不足修正好，把问题解决好', '必须持之以恒、久久为功', '做到守土有责、守土负责、守土尽责',
  '切实把思想和行动统一到上级决策部署上来', '推动各项工作往深里走、往实里抓', '以钉钉子精神一件一件抓落实',
];
const CLOSING = '同志们，做好{t}工作责任重大、任务艰巨。让我们紧密团结起来，锐意进取、真抓实干，奋力开创工作新局面。我的讲话完了，谢谢大家！';

class Writer {
  readonly #r: () => number;
  constructor(seed: number, readonly topic: string) {
    this.#r = rng(seed);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.#r() * xs.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.#r() * (hi - lo + 1));
  }
  fill(s: string): string {
    return s.replaceAll('{t}', this.topic);
  }
  clauses(n: number): string {
    return Array.from({ length: n }, () => this.fill(this.pick(CLAUSES))).join('，') + '。';
  }
  /** `一是…。…。二是…` — the enumerated series a speech lives on. */
  series(): string {
    const n = this.int(2, 5);
    return Array.from({ length: n }, (_, k) => `${chineseNumeral(k + 1)}是${this.pick(POINTS)}。${this.clauses(this.int(1, 3))}`).join('');
  }
  /** `第一，…` points, each its own paragraph. */
  ordinals(): string[] {
    return Array.from({ length: this.int(2, 4) }, (_, k) => `第${chineseNumeral(k + 1)}，${this.pick(POINTS)}。${this.clauses(this.int(2, 4))}`);
  }
  paragraph(): string[] {
    const roll = this.#r();
    if (roll < 0.5) return [`${this.clauses(this.int(1, 2))}${this.series()}`];
    if (roll < 0.7) return this.ordinals();
    return [this.clauses(this.int(2, 5))];
  }
}

/** One speech of roughly `targetBytes` UTF-8 bytes (deterministic for a seed). */
export function generateSpeech(targetBytes: number, seed = 1): string {
  const w = new Writer(seed, TOPICS[seed % TOPICS.length]!);
  const title = `在全市${w.topic}工作推进会上的讲话`;
  const head = [
    '---', `title: ${title}`, 'template: promotion-meeting', 'speaker: 市委副书记', `occasion: 全市${w.topic}工作推进会`, 'date: 2020-06-18', 'minutes: 25', '---', '',
    `# ${title}`, '', '同志们：', '', ...OPENINGS.map((o) => w.fill(o)).flatMap((p) => [p, '']),
  ];
  const tail = ['', w.fill(CLOSING), ''];
  const out = [...head];
  let bytes = utf8Length(out.join('\n')) + utf8Length(tail.join('\n'));
  for (let part = 1; bytes < targetBytes; part++) {
    const lines = [`## ${chineseNumeral(part)}、${w.fill(w.pick(PART_TITLES))}`, ''];
    const subs = w.int(0, 4);
    for (const p of w.paragraph()) lines.push(p, '');
    for (let s = 1; s <= subs; s++) {
      lines.push(`### （${chineseNumeral(s)}）${w.pick(SUB_TITLES)}`, '');
      for (let k = w.int(1, 2); k > 0; k--) for (const p of w.paragraph()) lines.push(p, '');
    }
    const chunk = lines.join('\n') + '\n';
    bytes += utf8Length(chunk);
    out.push(chunk.replace(/\n$/, ''));
  }
  return out.join('\n') + tail.join('\n');
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/**
 * A draft as writers paste it from a document-sharing site: the site's header lines, then the
 * whole speech as one giant line (headings, paragraphs and series run together), with the PDF's
 * line wraps left as spaces every thirty-odd characters and some half-width punctuation, like
 * /work/shared/seeds. No Markdown at all: one block the parser must take whole.
 */
export function generateScrapedDraft(targetBytes: number, seed = 1): string {
  const r = rng(seed + 1000);
  const speech = generateSpeech(targetBytes, seed);
  const body = speech.slice(speech.indexOf('\n---', 3) + 4).split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim()).filter((l) => l.length > 0);
  const title = body[0]!;
  let line = '';
  let sinceWrap = 0;
  let wrapAt = 30 + Math.floor(r() * 6);
  for (const ch of body.join(' ')) {
    line += ch === '，' && r() < 0.4 ? ',' : ch === '：' && r() < 0.5 ? ':' : ch;
    if (++sinceWrap >= wrapAt) {
      line += ' ';
      sinceWrap = 0;
      wrapAt = 30 + Math.floor(r() * 6);
    }
  }
  const head = [title, '', '申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。', '', '文档介绍', '', title, ''];
  return [...head, line, ''].join('\n');
}
