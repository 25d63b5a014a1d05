/**
 * A real renderer for exported documents: LibreOffice headless turns .docx into PDF, Poppler reads
 * the PDF back as lines with their boxes. Chinese office fonts are aliased to the free faces
 * installed (fonts-noto-cjk, fonts-arphic-ukai) through a fontconfig file of our own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Office font names → an installed face (and a bold weight for 小标宋, a heavy display face). */
const ALIASES: readonly [string[], string, boolean?][] = [
  [['仿宋', '仿宋_GB2312', 'FangSong', 'FangSong_GB2312', '宋体', 'SimSun'], 'Noto Serif CJK SC'],
  [['楷体', '楷体_GB2312', 'KaiTi', 'KaiTi_GB2312'], 'AR PL UKai CN'],
  [['黑体', 'SimHei'], 'Noto Sans CJK SC'],
  [['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S'], 'Noto Serif CJK SC', true],
];

function fontsConf(): string {
  const matches = ALIASES.flatMap(([names, face, bold]) => names.map((name) => `  <match target="pattern">
    <test name="family"><string>${name}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${face}</string></edit>${bold ? '\n    <edit name="weight" mode="assign"><const>bold</const></edit>' : ''}
  </match>`));
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${matches.join('\n')}\n</fontconfig>\n`;
}

export const SKIP_SYSTEM = process.env['PODIUM_TEST_SKIP_SYSTEM'] === '1';

/**
 * Converts the .docx files to PDF in one LibreOffice run (its start-up is most of the time), with
 * a profile of its own so parallel runs do not collide. Returns the PDF paths in the same order.
 */
export function renderToPdf(docxFiles: readonly string[], workDir: string): string[] {
  const outDir = join(workDir, 'pdf');
  mkdirSync(outDir, { recursive: true });
  const conf = join(workDir, 'fonts.conf');
  writeFileSync(conf, fontsConf());
  const profile = `file://${join(workDir, 'lo-profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], {
    encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: conf, HOME: workDir }, timeout: 180_000,
  });
  if (r.error) throw new Error(`soffice could not run: ${r.error.message} (install libreoffice-writer-nogui)`);
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} failed: ${r.error?.message ?? r.stderr} (install poppler-utils)`);
  return r.stdout;
}

export function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** Font names embedded in the PDF, as pdffonts lists them. */
export function pdfFonts(pdf: string): string[] {
  return run('pdffonts', [pdf]).split('\n').slice(2).map((l) => l.split(/\s+/)[0]!).filter(Boolean);
}

/** One line as Poppler sees it, in points from the page's top-left corner. */
export interface PdfLine {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The pages' lines from `pdftotext -bbox-layout`, words joined without spaces (Chinese has none). */
export function pdfPages(pdf: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: true, parseTagValue: false });
  const doc = parser.parse(html) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const pages = asArray(doc.html.body.doc.page);
  return pages.map((page: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const lines: PdfLine[] = [];
    for (const flow of asArray(page.flow)) {
      for (const block of asArray((flow as any).block)) { // eslint-disable-line @typescript-eslint/no-explicit-any
        for (const line of asArray((block as any).line)) { // eslint-disable-line @typescript-eslint/no-explicit-any
          const words = asArray((line as any).word).map((w: any) => (typeof w === 'string' ? w : String(w['#text'] ?? ''))); // eslint-disable-line @typescript-eslint/no-explicit-any
          const l = line as Record<string, string>;
          lines.push({ text: words.join(''), xMin: Number(l['xMin']), xMax: Number(l['xMax']), yMin: Number(l['yMin']), yMax: Number(l['yMax']) });
        }
      }
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    return { width: Number(page.width), height: Number(page.height), lines };
  });
}

export const mmToPt = (mm: number) => (mm / 25.4) * 72;
