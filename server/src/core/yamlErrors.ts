import type { ErrorCode, YAMLError } from 'yaml';
import type { Message } from './i18n.js';

/**
 * The yaml library's errors in Chinese, by error code: the library writes English only (and its
 * English, more precise than a translation could be, is kept). Codes not listed stay English.
 */
const CHINESE: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: '缩进不对，或方括号、花括号没有闭合',
  TAB_AS_INDENT: '用了制表符缩进；YAML 只能用空格缩进',
  DUPLICATE_KEY: '这个键重复出现',
  MULTILINE_IMPLICIT_KEY: '键跨了多行（上一行是否缺少“:”？）',
  BLOCK_AS_IMPLICIT_KEY: '嵌套块不能作为键（“:”或缩进是否有误？）',
  UNEXPECTED_TOKEN: '此处出现了不应有的内容',
  BAD_SCALAR_START: '值不能以这个字符开头；请给值加上引号',
  BAD_DQ_ESCAPE: '双引号中的转义写法无效',
  BLOCK_IN_FLOW: '方括号或花括号内不能写块状值',
  MULTIPLE_DOCS: '此处只能有一个 YAML 文档',
  KEY_OVER_1024_CHARS: '键超过了 1024 个字符',
};

/** Codes the library gives to several different errors: told apart by their English text. */
const CHINESE_BY_TEXT: readonly [RegExp, string][] = [
  [/^Missing closing/, '缺少右引号或右括号'],
  [/^Implicit map keys need to be followed by map values/, '键后面缺少“:”（或值）'],
];

/** An error of the yaml library as a message in both languages. */
export function describeYamlError(error: YAMLError): Message {
  const own = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const chinese = CHINESE[error.code] ?? CHINESE_BY_TEXT.find(([re]) => re.test(own))?.[1];
  return { en: own, 'zh-CN': chinese ?? own };
}

/** The same, as a problem of a whole YAML file (`.podium.yaml`, a template). */
export function yamlErrorMessage(error: YAMLError): Message {
  const detail = describeYamlError(error);
  return { en: `YAML error: ${detail.en}`, 'zh-CN': `YAML 语法错误：${detail['zh-CN']}` };
}
