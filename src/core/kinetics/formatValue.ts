// Numbers as the source printed them: every significant digit kept, thousands grouped.

// maximumFractionDigits 20 with V8's shortest round-trip digits: 26.64 stays "26.64", never
// "26.6" or "26.640000000000001".
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: true });

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** An integer exponent in superscript digits ("-2" → "⁻²"), as printed in 10ⁿ. */
export function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[d] ?? d).join('');
}

/** m × 10ⁿ with the mantissa's shortest exact digits, for values too long to read grouped. */
function scientific(value: number): string {
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  return `${mantissa} × 10${superscript(Number(exponent))}`;
}

/**
 * A value with its unit: "350,758 copies/μg", "0.014 %", "26.64 %". Grouped decimals up to 1e9;
 * beyond (or below 1e-20) "m × 10ⁿ", still with every digit the data has.
 */
export function formatValue(value: number, unit: string): string {
  const size = Math.abs(value);
  const number = !Number.isFinite(value)
    ? String(value)
    : size >= 1e9 || (size > 0 && size < 1e-20)
      ? scientific(value)
      : grouped.format(value);
  return unit ? `${number} ${unit}` : number;
}
