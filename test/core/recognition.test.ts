// Sections found without headings: by cue phrases, by place and by numbering, and silence where unsure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyze, buildOutline, buildTemplateSet, DEFAULT_CONFIG, headingTimeAt, loadTemplate, mergeConfig, restoreParagraphs, sectionStatuses,
  type Analysis, type PodiumConfig,
} from '../../server/src/core/index.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

const templates = buildTemplateSet();
const run = (text: string, config: PodiumConfig = DEFAULT_CONFIG) => analyze(text, { templates, config });
const speech = (template: string, ...paragraphs: string[]) => ['---', `template: ${template}`, '---', '', ...paragraphs.flatMap((p) => [p, '']) ].join('\n');
const parts = (a: Analysis) => a.structure.parts.map((p) => `${p.sectionId}:${a.model.text.slice(p.start, p.start + 6)}`);
const missing = (a: Analysis) => a.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message);

const OPENING = '这次会议，是对上半年基层党建工作的一次检验，意义重大。';
const ACHIEVEMENTS = '2020年以来，全区基层党建工作取得较好成效，主要有以下特点。一是领导重视。';
const PROBLEMS = '在看到成绩的同时，更要看到问题和差距。一是责任落实不到位。';
const DIRECTIVES = '下面，我讲几点意见。第一，坚持从严治党。第二，突出问题导向。';
const CLOSING = '同志们，抓好基层党建责任重大。我的讲话完了，谢谢大家！';

test('a heading-less review speech: each part from its cue, running to the next one, the closing apart', () => {
  const a = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, '二是疫情防控有力。', PROBLEMS, DIRECTIVES, CLOSING));
  assert.deepEqual(parts(a), ['achievements:2020年以', 'problems:在看到成绩的', 'directives:下面，我讲几']);
  const achievements = a.structure.parts[0]!;
  assert.equal(a.model.text.slice(achievements.start, achievements.end), `${ACHIEVEMENTS}\n\n二是疫情防控有力。`);
  assert.equal(a.model.text.slice(a.structure.opening!.start, a.structure.opening!.end), OPENING);
  assert.deepEqual(missing(a), []);
});

test('the opening paragraph is the opening whatever it mentions (对下步工作提出了要求 is no directive)', () => {
  const a = run(speech('review-meeting', '同志们：', '这次会议，对下步工作提出了要求，讲了几点意见。', ACHIEVEMENTS, PROBLEMS, DIRECTIVES, CLOSING));
  assert.deepEqual(parts(a).map((p) => p.split(':')[0]), ['achievements', 'problems', 'directives']);
});

test('cues ignore white space and the width of marks, as a pasted draft writes them', () => {
  const a = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, '在看到成绩的同时, 更要看到问题 和差距。', '下面,我讲几点意见。', CLOSING));
  assert.deepEqual(parts(a).map((p) => p.split(':')[0]), ['achievements', 'problems', 'directives']);
});

test('a paragraph that continues a numbered series stays in the section the series began in', () => {
  // 二是 speaks of 问题和差距, a problems cue; it is the achievements' second point all the same.
  const a = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, '二是敢于直面问题和差距，整改到位。', DIRECTIVES, CLOSING));
  assert.deepEqual(parts(a).map((p) => p.split(':')[0]), ['achievements', 'directives']);
  const achievements = a.structure.parts[0]!;
  assert.ok(a.model.text.slice(achievements.start, achievements.end).endsWith('二是敢于直面问题和差距，整改到位。'));
  // Without the series, the same paragraph starts the problems.
  const b = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, '我们敢于直面问题和差距，整改到位。', DIRECTIVES, CLOSING));
  assert.deepEqual(parts(b).map((p) => p.split(':')[0]), ['achievements', 'problems', 'directives']);
});

test('a section is found once, and going back in template order needs the cue in the first sentence', () => {
  const later = '我们要巩固已经取得较好成效的做法。再往后看，也要正视问题和差距。';
  const a = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, PROBLEMS, DIRECTIVES, later, PROBLEMS, CLOSING));
  assert.deepEqual(parts(a).map((p) => p.split(':')[0]), ['achievements', 'problems', 'directives']);
  const moved = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, DIRECTIVES, PROBLEMS, CLOSING));
  assert.deepEqual(parts(moved).map((p) => p.split(':')[0]), ['achievements', 'directives', 'problems']);
  assert.ok(moved.findings.some((f) => f.ruleId === 'section-order'));
  const buried = run(speech('review-meeting', '同志们：', OPENING, DIRECTIVES, '我们要坚持不懈。今年上半年的工作取得较好成效。', CLOSING));
  assert.deepEqual(parts(buried).map((p) => p.split(':')[0]), ['directives'], 'a cue late in a paragraph does not go back');
});

test("another genre's cue phrases do not confuse a template", () => {
  // An opening address's declaration and wish inside a review speech, a review's problems inside an opening address.
  const declared = '我宣布，全区基层党建工作会议现在开幕！预祝会议圆满成功！';
  const review = run(speech('review-meeting', '同志们：', OPENING, declared, ACHIEVEMENTS, PROBLEMS, DIRECTIVES, CLOSING));
  assert.deepEqual(parts(review).map((p) => p.split(':')[0]), ['achievements', 'problems', 'directives']);
  assert.deepEqual(missing(review), []);
  const address = [
    '各位代表、同志们：',
    '我宣布，全区第五次党代会现在开幕！向出席大会的各位代表表示热烈的欢迎！',
    '这次大会的主要任务是，总结过去五年的工作，选举新一届委员会。',
    '在看到成绩的同时，更要看到问题和差距。',
    '预祝大会圆满成功！谢谢大家！',
  ];
  const plain = run(speech('opening-ceremony', ...address.filter((p) => !p.startsWith('在看到'))));
  const withProblems = run(speech('opening-ceremony', ...address));
  assert.deepEqual(withProblems.structure.parts.map((p) => p.sectionId), ['tasks']);
  assert.deepEqual(plain.structure.parts.map((p) => p.sectionId), ['tasks']);
  assert.deepEqual(missing(withProblems), []);
});

test('a pasted one-paragraph draft: silent until its paragraphs are restored, then every part is found', () => {
  const raw = pastedSpeech(SEED_FIRST_SPEECH.slice(SEED_FIRST_SPEECH.indexOf('同志们:')));
  const before = run(raw);
  assert.ok(before.structure.salutation, 'the run-in 同志们: is the salutation');
  assert.equal(before.structure.closing, undefined, 'the whole draft is not its closing');
  assert.deepEqual(missing(before), [], 'too little recognised to call anything missing');
  const statuses = sectionStatuses(before, 'zh-CN');
  assert.deepEqual(statuses.filter((s) => s.recognised === false).map((s) => s.id), ['achievements', 'problems', 'directives', 'closing']);
  const after = run(restoreParagraphs(raw).text);
  assert.deepEqual(after.structure.parts.map((p) => p.sectionId), ['achievements', 'problems', 'directives']);
  assert.ok(after.structure.closing);
  assert.deepEqual(missing(after), []);
  assert.ok(sectionStatuses(after, 'zh-CN').every((s) => s.recognised === undefined && s.span), 'every section present');
});

test('a short speech of one opening paragraph has nowhere to hide its parts: they are missing', () => {
  const a = run(speech('review-meeting', '同志们：', OPENING));
  assert.equal(a.structure.unrecognised.size, 0);
  assert.equal(missing(a).length, 4);
});

test('an opening or closing with cues must say one in a heading-less speech', () => {
  const address = ['各位来宾：', '我宣布，运动会开幕！向各位来宾表示热烈的欢迎！', '希望运动员赛出风格、赛出水平。', '预祝本次运动会圆满成功！', '谢谢大家！'];
  assert.deepEqual(missing(run(speech('opening-ceremony', ...address))), []);
  const noWish = run(speech('opening-ceremony', ...address.filter((p) => !p.startsWith('预祝'))));
  assert.deepEqual(noWish.structure.uncued, new Set(['wishes']));
  assert.equal(missing(noWish).length, 1);
  const closing = run(speech('opening-ceremony', ...address)).structure.closing!;
  assert.ok(closing.start < run(speech('opening-ceremony', ...address)).model.text.indexOf('谢谢大家'), 'the wish before the thanks is part of the closing');
});

test('the outline names parts found by their cues by their section, with their first words', () => {
  const a = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, PROBLEMS, DIRECTIVES, CLOSING));
  const items = buildOutline(a.model, a.structure, a.template, a.numbering);
  const names = items.map((i) => i.name);
  assert.deepEqual(names, ['称呼', '开场白', '成绩与特点', '问题与不足', '意见与要求', '结束语']);
  const problems = items[3]!;
  assert.equal(problems.detail, '在看到成绩的同时，更要看到问题和差距。一是责任落实不到位。');
  assert.equal(a.model.text.slice(problems.selection.start, problems.selection.end), '在看到成绩的同时，更要看到问题和差距。', 'its first sentence');
});

test('time per section: minutes and shares in the statuses, the hover of a heading, section-length only when on', () => {
  const long = '在看到成绩的同时，更要看到问题和差距。' + '有的地方抓党建还停留在开会发文上，督促检查少，问责力度不够。'.repeat(20);
  const text = ['---', 'template: review-meeting', 'minutes: 5', '---', '', '同志们：', '', OPENING, '', '## 一、工作取得的成效', '', ACHIEVEMENTS, '', '## 二、存在的问题', '', long, '', '## 三、几点意见', '', DIRECTIVES, '', CLOSING, ''].join('\n');
  const off = run(text);
  assert.equal(off.findings.filter((f) => f.ruleId === 'section-length').length, 0, 'off by default');
  const on = run(text, mergeConfig(DEFAULT_CONFIG, { rules: { 'section-length': 'information' } }));
  const found = on.findings.filter((f) => f.ruleId === 'section-length');
  assert.equal(found.length, 1);
  assert.equal(on.model.text.slice(found[0]!.start, found[0]!.end), '## 二、存在的问题');
  const problems = sectionStatuses(on, 'zh-CN', [], DEFAULT_CONFIG).find((s) => s.id === 'problems')!;
  assert.equal(problems.share, 0.15);
  assert.ok(problems.minutes! > 2 && problems.minutes! < 4, String(problems.minutes));
  const hover = headingTimeAt(on, DEFAULT_CONFIG, text.indexOf('二、存在'));
  assert.match(hover!.markdown, /^\*\*问题与不足\*\*：约 \d\.\d 分钟；模板占比 15%，即计划 5 分钟中的约 0\.8 分钟$/);
  assert.equal(headingTimeAt(on, DEFAULT_CONFIG, text.indexOf('有的地方')), undefined, 'only on a heading');
});

test('the loader reads cues (phrases and lists of phrases) and share, and reports bad ones on their key', () => {
  const base = 'id: t\nname: T\nsections:\n  - id: a\n';
  const ok = loadTemplate(`${base}    cues: [开幕, [我宣布, 开幕]]\n    share: 0.25\n`, 't.yaml');
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.template!.sections[0]!.cues, [['开幕'], ['我宣布', '开幕']]);
  assert.equal(ok.template!.sections[0]!.share, 0.25);
  for (const bad of ['    cues: 开幕\n', '    cues: [[]]\n', '    share: 0\n', '    share: 1.5\n', '    share: "一半"\n']) {
    const loaded = loadTemplate(base + bad, 't.yaml');
    assert.equal(loaded.problems.length, 1, bad);
    const key = bad.trim().split(':')[0]!;
    const at = (base + bad).indexOf(bad) + bad.indexOf(':') + 2;
    assert.ok(loaded.problems[0]!.start >= at - 1, `${key}: reported on its value`);
  }
});

test('the missing-section fix goes where the template puts the section among those found, and only where that is certain', () => {
  const fixesOf = (a: Analysis) => a.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.fixes?.[0]?.edits[0]);
  // Between the achievements and the directives found: before the directives' paragraph.
  const between = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, DIRECTIVES, CLOSING));
  const [edit] = fixesOf(between);
  assert.equal(edit!.start, between.model.text.indexOf(DIRECTIVES));
  // After the last part found: its text may be the end of that part, so no fix is offered.
  const last = run(speech('review-meeting', '同志们：', OPENING, ACHIEVEMENTS, PROBLEMS, '我们要坚持不懈，久久为功。', CLOSING));
  assert.equal(missing(last).length, 1);
  assert.deepEqual(fixesOf(last), [undefined]);
});

test('a workspace template declares its own cues: its heading-less speeches are recognised by them', () => {
  const yaml = [
    'id: study-session', 'name: 学习交流发言', 'lang: zh-CN', 'sections:',
    '  - { id: salutation, kind: salutation, required: true, label: 称呼 }',
    '  - { id: lessons, kind: part, required: true, label: 学习体会, cues: [学习体会, [通过学习, 认识到]] }',
    '  - { id: plans, kind: part, required: true, label: 下步打算, cues: [下步打算, 今后] }',
    '',
  ].join('\n');
  const own = buildTemplateSet([{ path: '.podium/templates/study-session.yaml', text: yaml }]);
  assert.deepEqual([...own.problems.values()].flat(), []);
  const text = speech('study-session', '各位同志：', '通过学习，我深刻认识到理论武装的重要性。', '一是要读原著。二是要联系实际。', '今后，我将坚持每天学习。');
  const a = analyze(text, { templates: own });
  assert.deepEqual(a.structure.parts.map((p) => p.sectionId), ['lessons', 'plans']);
  assert.deepEqual(a.findings.filter((f) => f.ruleId === 'missing-section'), []);
});
