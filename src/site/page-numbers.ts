/**
 * Which page numbers a pagination control links to: the first, the last, and
 * a few around the current one, with gaps (null) between, so a listing of
 * hundreds of pages does not put hundreds of links on every page.
 */
export function pageNumbersToShow(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let number = 1; number <= count; number += 1) {
    if (number === 1 || number === count || Math.abs(number - current) <= around) shown.push(number);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
