/**
 * A test of one UTF-16 unit by its code: `re` runs once per code met, then the answer is read
 * back from a table. For hot loops over text, where a regex per character is the cost.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  const known = new Int8Array(0x10000); // 0 not yet asked, 1 yes, -1 no
  return (code) => {
    let verdict = known[code]!;
    if (verdict === 0) verdict = known[code] = re.test(String.fromCharCode(code)) ? 1 : -1;
    return verdict === 1;
  };
}
