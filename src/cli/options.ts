/**
 * Named options written the way Discord shows them ("actor: Macron topic: taxes"), shared by the CLI's positional
 * arguments and the console. Text before the first label belongs to the first option.
 */
export function parseOptions(text: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const label = new RegExp(`(?:^|\\s)(${names.join('|')}):\\s*`, 'gi');
  const marks = [...text.matchAll(label)];
  const lead = (marks[0] ? text.slice(0, marks[0].index) : text).trim();
  if (lead && names[0]) out[names[0]] = lead;
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).trim();
    if (value) out[m[1]!.toLowerCase()] = value;
  });
  return out;
}
