/** Plain-text table output for the benchmark. */

export function ms(stat) {
  if (!stat) return 'n/a';
  const value = typeof stat === 'number' ? stat : stat.median;
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** How many times `a` takes as long as `b`. */
export function ratio(a, b) {
  if (!a || !b) return 'n/a';
  const value = a.median / b.median;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x`;
}

export function formatTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => String(row[c]).length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
