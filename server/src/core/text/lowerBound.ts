/** The first index in [0, n) where `atOrAfter` holds (it holds from some index on), or n. */
export function lowerBound(n: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `lowerBound` over an ascending list of numbers, for the hot paths (a position per finding):
 * without a predicate, so no closure is made per call. The first index whose value is at least
 * `value` (`above`: greater than it), or the list's length.
 */
export function firstAtLeast(sorted: ArrayLike<number>, value: number, above = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = sorted[mid]!;
    if (above ? at > value : at >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
