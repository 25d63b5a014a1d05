// The desktop host: @vscode/test-electron downloads (or reuses, with VSCODE_EXECUTABLE)
// a desktop VS Code and runs the extension tests in it. Chosen with PODIUM_VSCODE=electron
// on machines that can download VS Code and show a window (or have xvfb-run).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { log, RunnerError } from './util.mjs';

/**
 * @param {{cacheDir: string, runDir: string, extensionDevelopmentPath: string, extensionTestsPath: string,
 *   workspace: string, vsix?: string, env: Record<string, string>}} o
 * @returns {Promise<number>} exit code of the tests
 */
export async function runElectron(o) {
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    throw new RunnerError('PODIUM_VSCODE=electron needs a display on Linux: run under xvfb-run -a, or use the default code-server host');
  }
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({
        version: process.env.VSCODE_VERSION || 'stable', cachePath: join(o.cacheDir, 'electron'),
      });
    } catch (e) {
      throw new RunnerError(`cannot download a desktop VS Code (${e.message}).\n` +
        '  Set VSCODE_EXECUTABLE to an installed one, or use the default host (unset PODIUM_VSCODE: code-server + apt-get install chromium).');
    }
  }
  const userDataDir = join(o.runDir, 'ud');
  const extensionsDir = join(o.runDir, 'ext');
  if (o.vsix) {
    const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const r = spawnSync(cli, [...args, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--install-extension', o.vsix], { stdio: 'inherit', env: { ...process.env, ...o.env } });
    if (r.status !== 0) throw new RunnerError(`cannot install ${o.vsix} (exit ${r.status})`);
  }
  log(`running in desktop VS Code ${vscodeExecutablePath}`);
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: o.extensionDevelopmentPath,
      extensionTestsPath: o.extensionTestsPath,
      extensionTestsEnv: o.env,
      launchArgs: [o.workspace, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
        '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])], // Electron refuses to run as root with its sandbox
    });
  } catch (e) {
    // runTests rejects with "Test run failed with code N" on a non-zero exit
    const m = /code (\d+)/.exec(String(e?.message ?? e));
    if (m) return Number(m[1]);
    throw e;
  }
}
