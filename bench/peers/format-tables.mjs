// The bench's tables as Markdown, so they paste into bench/peers/README.md as printed.
import { percent } from './score-peer.mjs';

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];

const cells = (row, floors) => [
  row.positives, row.notSecrets, row.placeholders, row.scored,
  ...floors.flatMap((f) => [row.found[f], percent(row.found[f], row.scored)]),
  row.negatives,
  ...floors.map((f) => `${row.flagged[f]} (${percent(row.flagged[f], row.negatives)})`),
  ...floors.map((f) => `${row.flaggedByProvider[f]} (${percent(row.flaggedByProvider[f], row.negatives)})`),
];

const header = (first, floors) => [
  first, 'positives', 'not secrets', 'placeholders', 'scored',
  ...floors.flatMap((f) => [`found @${f}`, `recall @${f}`]),
  'negatives', ...floors.map((f) => `flagged @${f}`), ...floors.map((f) => `by a provider rule @${f}`),
];

/** One line per peer: `results` are `{ peer, commit, total }`. */
export const formatPeerTable = (results, floors) =>
  table(['peer (commit)', ...header('', floors).slice(1)], results.map((r) => [`${r.peer} (${r.commit.slice(0, 10)})`, ...cells(r.total, floors)]));

/** A peer's rule families, most positives missed at the last floor first; `limit` rows (0: all with a miss or flag). */
export const formatFamilyTable = (peer, families, floors, limit) => {
  const floor = floors[floors.length - 1];
  const missedOf = (row) => row.scored - row.found[floor];
  const ranked = [...families].filter(([, row]) => missedOf(row) > 0 || row.flagged[floor] > 0)
    .sort(([a, x], [b, y]) => missedOf(y) - missedOf(x) || y.flagged[floor] - x.flagged[floor] || a.localeCompare(b));
  const shown = limit > 0 ? ranked.slice(0, limit) : ranked;
  return table(header(`${peer} family`, floors), shown.map(([name, row]) => [name, ...cells(row, floors)]));
};

/** How many positives each placeholder reason excluded, most first. */
export const formatPlaceholderReasons = (examples) => {
  const tally = new Map();
  for (const e of examples) if (e.placeholder) {
    const reason = e.placeholder.replace(/ \(.*\)$| \d+ × .*$/, (m) => (m.startsWith(' (') ? '' : ' N × one character'));
    tally.set(reason, (tally.get(reason) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
};
