/** The built-in templates, as the same YAML a workspace writes in `.podium/templates/`. */
export const BUILTIN_TEMPLATE_SOURCES: readonly string[] = [
  `
id: generic
name: { zh-CN: 通用讲话, en: Generic speech }
lang: zh-CN
sections: []
`,
  `
id: review-meeting
name: { zh-CN: 述职会/总结会讲话, en: Review meeting speech }
lang: zh-CN
sections:
  - { id: salutation, kind: salutation, required: true, label: { zh-CN: 称呼, en: Salutation } }
  - { id: opening, kind: opening, required: true, label: { zh-CN: 开场白, en: Opening } }
  - id: achievements
    kind: part
    required: true
    label: { zh-CN: 成绩与特点, en: Achievements }
    keywords: [成绩, 成效, 成果, 特点, 进展, 亮点, 经验, 做法, 回顾]
    skeleton: "## 一、工作取得的成效\\n\\n"
  - id: problems
    kind: part
    required: true
    label: { zh-CN: 问题与不足, en: Problems }
    keywords: [问题, 不足, 差距, 短板, 薄弱, 困难]
    skeleton: "## 二、存在的问题和不足\\n\\n"
  - id: directives
    kind: part
    required: true
    label: { zh-CN: 意见与要求, en: Directives }
    keywords: [意见, 要求, 任务, 举措, 措施, 打算, 下步, 下一步, 安排]
    skeleton: "## 三、下步工作要求\\n\\n"
  - id: closing
    kind: closing
    required: true
    label: { zh-CN: 结束语, en: Closing }
    skeleton: "同志们，……。我的讲话完了，谢谢大家！\\n"
`,
  `
id: promotion-meeting
name: { zh-CN: 推进会/部署会讲话, en: Promotion meeting speech }
lang: zh-CN
sections:
  - { id: salutation, kind: salutation, required: true, label: { zh-CN: 称呼, en: Salutation } }
  - { id: opening, kind: opening, required: true, label: { zh-CN: 开场白, en: Opening } }
  - id: significance
    kind: part
    required: true
    label: { zh-CN: 认识与意义, en: Significance }
    keywords: [认识, 意义, 重要性, 必要性, 站位, 紧迫感]
    skeleton: "## 一、提高思想认识\\n\\n"
  - id: tasks
    kind: part
    required: true
    label: { zh-CN: 目标与任务, en: Tasks }
    keywords: [任务, 目标, 重点, 举措, 措施, 部署]
    skeleton: "## 二、突出工作重点\\n\\n"
  - id: guarantees
    kind: part
    required: true
    label: { zh-CN: 组织保障, en: Guarantees }
    keywords: [领导, 保障, 落实, 责任, 作风, 组织]
    skeleton: "## 三、强化组织保障\\n\\n"
  - id: closing
    kind: closing
    required: true
    label: { zh-CN: 结束语, en: Closing }
    skeleton: "同志们，……。我的讲话完了，谢谢大家！\\n"
`,
  `
id: keynote
name: { zh-CN: 英文主旨演讲, en: Keynote (English) }
lang: en
sections:
  - { id: salutation, kind: salutation, required: true, label: { zh-CN: 称呼, en: Salutation } }
  - { id: opening, kind: opening, required: true, label: { zh-CN: 开场白, en: Opening } }
  - id: body
    kind: part
    required: true
    label: { zh-CN: 正文部分, en: Body part }
    keywords: []
    skeleton: "## Main point\\n\\n"
  - id: closing
    kind: closing
    required: true
    label: { zh-CN: 结束语, en: Closing }
    skeleton: "## Conclusion\\n\\nThank you.\\n"
`,
];
