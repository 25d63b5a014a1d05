// Extension tests entry (extensionTestsPath): runs every *.test.js bundled beside this file
// with Mocha's spec reporter in the extension host, and writes a summary to
// $PODIUM_TEST_RESULTS so the runner can tell "passed" from "never ran".
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      const results = { passes: stats.passes, failures: stats.failures, pending: stats.pending, failed, files };
      if (process.env.PODIUM_TEST_RESULTS) fs.writeFileSync(process.env.PODIUM_TEST_RESULTS, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else if (stats.passes === 0) reject(new Error('no test ran'));
      else resolve();
    });
    runner.on('fail', (test) => failed.push(test.fullTitle()));
  });
}
