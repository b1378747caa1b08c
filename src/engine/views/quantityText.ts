// Quantities as resource.Quantity.String() prints them: a value keeps the family of its
// suffix (binary Ki/Mi/…, or decimal m/k/M/…) and is shown with the largest exact suffix.
import { parseQuantity } from '../quantity';

const binarySuffixes = [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const;
const decimalSuffixes = [['E', 1e21], ['P', 1e18], ['T', 1e15], ['G', 1e12], ['M', 1e9], ['k', 1e6], ['', 1e3], ['m', 1]] as const;

function decimalText(milli: number): string {
  if (milli === 0) return '0';
  for (const [suffix, factor] of decimalSuffixes) if (milli % factor === 0) return `${milli / factor}${suffix}`;
  return `${milli}m`;
}

/** The canonical text kubectl shows for a quantity as written in a manifest (raw text when it does not parse). */
export function canonicalQuantity(raw: string): string {
  const milli = parseQuantity(raw);
  // Past 2^53 milli-units a double no longer holds the value exactly (and 1e400 is Infinity): the text as written.
  if (milli === undefined || !Number.isSafeInteger(milli)) return raw;
  const isBinary = /(Ki|Mi|Gi|Ti|Pi|Ei)$/.test(raw.trim());
  // Go switches small or fractional binary values to decimal to avoid rounding.
  if (isBinary && milli % 1000 === 0 && Math.abs(milli) >= 1024 * 1000) {
    const units = milli / 1000;
    for (const [suffix, factor] of binarySuffixes) if (units % factor === 0) return `${units / factor}${suffix}`;
    return String(units);
  }
  return decimalText(milli);
}
