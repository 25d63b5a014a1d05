// The real-VS-Code suite run with VS Code's display language set to Chinese (--locale zh-cn).
export { run } from '../suite/index';
