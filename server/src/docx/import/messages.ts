import type { Message } from '../../core/i18n.js';

/** Every text the importer shows a writer, in both languages. `{name}` slots are filled by `format`. */
export const MSG = {
  oldBinary: {
    en: '{file} is an old binary Word/WPS document (.doc/.wps), not a .docx. Open it in Word or WPS and save it as .docx (Word Document), then import that.',
    'zh-CN': '{file} 是旧版二进制 Word/WPS 文档（.doc/.wps），不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx（Word 文档）后再导入。',
  },
  encrypted: {
    en: '{file} is password-protected (encrypted). Open it in Word or WPS, remove the password (File › Info › Protect Document), save it as .docx, then import that.',
    'zh-CN': '{file} 设有打开密码（已加密）。请在 Word 或 WPS 中打开并取消密码（文件 › 信息 › 保护文档），另存为 .docx 后再导入。',
  },
  notZip: {
    en: '{file} is not a .docx (found {kind}). Open it in Word or WPS and save it as .docx, then import that.',
    'zh-CN': '{file} 不是 .docx 文档（实为{kindZh}）。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。',
  },
  corruptZip: {
    en: '{file} is damaged or incomplete (its zip container cannot be read: {reason}). Copy the file again, or open it in Word or WPS and save it as .docx.',
    'zh-CN': '{file} 已损坏或不完整（无法读取其压缩包：{reason}）。请重新复制该文件，或在 Word/WPS 中打开后另存为 .docx。',
  },
  notWord: {
    en: '{file} is a zip file but not a Word document (no word/document.xml{hint}). Save it as .docx in Word or WPS, then import that.',
    'zh-CN': '{file} 是压缩文件，但不是 Word 文档（没有 word/document.xml{hintZh}）。请在 Word 或 WPS 中另存为 .docx 后再导入。',
  },
  tooLarge: {
    en: '{file} unpacks to {size} MB, more than the {cap} MB Podium reads. Split the document, or remove images and embedded objects and save it again.',
    'zh-CN': '{file} 解压后为 {size} MB，超过 Podium 可读取的 {cap} MB。请拆分文档，或删除图片和嵌入对象后重新保存。',
  },
  zipBomb: {
    en: '{file} looks like a zip bomb: {entry} unpacks {ratio} times larger than it is stored. Podium did not unpack it. Save the document again as .docx in Word or WPS.',
    'zh-CN': '{file} 疑似“压缩炸弹”：{entry} 解压后是压缩大小的 {ratio} 倍，Podium 未解压。请在 Word 或 WPS 中重新另存为 .docx。',
  },
  doctype: {
    en: '{file} contains XML DOCTYPE/ENTITY declarations in {part}, which Word and WPS never write; refused for safety. Save the document again as .docx in Word or WPS.',
    'zh-CN': '{file} 的 {part} 中含有 XML DOCTYPE/ENTITY 声明（Word 和 WPS 从不写入），为安全起见拒绝导入。请在 Word 或 WPS 中重新另存为 .docx。',
  },
  badXml: {
    en: '{file}: {part} is not well-formed XML ({reason}). Open the document in Word or WPS and save it again as .docx.',
    'zh-CN': '{file}：{part} 不是格式正确的 XML（{reason}）。请在 Word 或 WPS 中打开并重新另存为 .docx。',
  },
  leftOut: {
    en: 'Left out {count} {what}: Markdown cannot hold them; copy them over by hand if the speech needs them (marked with <!-- podium: left out … --> comments).',
    'zh-CN': '未导入 {count} 个{whatZh}：Markdown 无法容纳，如讲话稿需要请手工补入（已用 <!-- podium: left out … --> 注释标出位置）。',
  },
  noTitle: {
    en: 'No centred title found at the top of the document; the title was taken from the file name. Check the front matter.',
    'zh-CN': '文档开头没有找到居中的标题，已用文件名作标题。请检查前言（front matter）。',
  },
  templateGuessed: {
    en: 'Template "{template}" was guessed from the headings; check it in the front matter.',
    'zh-CN': '模板“{template}”是根据各级标题推测的，请在前言（front matter）中确认。',
  },
  headersDropped: {
    en: 'Headers, footers and page numbers were dropped.',
    'zh-CN': '已舍弃页眉、页脚和页码。',
  },
  badPart: {
    en: '{part} could not be read ({reason}); the document was imported without it.',
    'zh-CN': '无法读取 {part}（{reason}），已在不含该部分的情况下导入。',
  },
} as const satisfies Record<string, Message>;

/** What was left out, by kind, for notes and comments. */
export const LEFT_OUT_KINDS = {
  table: { en: 'table(s)', 'zh-CN': '表格' },
  image: { en: 'image(s)', 'zh-CN': '图片' },
  textBox: { en: 'text box(es)', 'zh-CN': '文本框' },
  chart: { en: 'chart(s)', 'zh-CN': '图表' },
  object: { en: 'embedded object(s)', 'zh-CN': '嵌入对象' },
  equation: { en: 'equation(s)', 'zh-CN': '公式' },
} as const satisfies Record<string, Message>;

export type LeftOutKind = keyof typeof LEFT_OUT_KINDS;
