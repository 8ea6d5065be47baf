// The same secret in several places, recognised without storing it: a keyed HMAC-SHA256 of the
// secret under the organisation's key (LEAKGATE_ORG_KEY or --correlation-key-file). Without the
// key nobody can test a guess against the value, unlike a plain hash (a weak password is guessed
// back from SHA-256 in seconds). RFC 2104; Node's crypto.createHmac.
import { createHmac } from 'node:crypto';

/** Keys shorter than this are refused: an HMAC is only as hard to guess as its key. */
export const MIN_KEY_BYTES = 16;

/** Versioned domain separation, so the same key used elsewhere never yields the same values. */
const DOMAIN = 'leakgate-correlation/v1\0';

export const correlationOf = (secret: string, key: Buffer): string =>
  createHmac('sha256', key).update(DOMAIN).update(secret).digest('hex');

/** What a group needs to know of a finding (a scan's finding or a merged one). */
export interface Correlated {
  readonly correlation?: string | undefined;
  readonly repository?: string | undefined;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly presentInHead?: boolean | undefined;
}

export interface GroupPlace {
  readonly repository: string;
  readonly file: string;
  readonly line: number;
  readonly presentInHead: boolean | undefined;
}

/** One secret seen in two or more places: its HMAC, its rules and where it is. */
export interface CorrelationGroup {
  readonly correlation: string;
  readonly rules: readonly string[];
  readonly places: readonly GroupPlace[];
  readonly repositories: number;
  /** Repositories where some place is still at HEAD (history reports; scans count as at HEAD). */
  readonly atHead: number;
}

const byPlace = (a: GroupPlace, b: GroupPlace): number =>
  a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

/** Accumulates places per HMAC; `groups()` keeps those seen in two or more places, sorted. */
export const createGrouper = (wanted?: (correlation: string) => boolean) => {
  const places = new Map<string, { rules: Set<string>; places: GroupPlace[] }>();
  const add = (finding: Correlated): void => {
    const key = finding.correlation;
    if (key === undefined || (wanted && !wanted(key))) return;
    let entry = places.get(key);
    if (!entry) places.set(key, (entry = { rules: new Set(), places: [] }));
    entry.rules.add(finding.ruleId);
    entry.places.push({ repository: finding.repository ?? '', file: finding.file, line: finding.line, presentInHead: finding.presentInHead });
  };
  const groups = (): CorrelationGroup[] => {
    const out: CorrelationGroup[] = [];
    for (const [correlation, entry] of places) {
      if (entry.places.length < 2) continue;
      const sorted = [...entry.places].sort(byPlace);
      const repos = new Set(sorted.map((place) => place.repository));
      const atHead = new Set(sorted.filter((place) => place.presentInHead !== false).map((place) => place.repository));
      out.push({ correlation, rules: [...entry.rules].sort(), places: sorted, repositories: repos.size, atHead: atHead.size });
    }
    // Widest spread first; the HMAC breaks ties, so the order never depends on the input's.
    return out.sort((a, b) => b.repositories - a.repositories || b.places.length - a.places.length || (a.correlation < b.correlation ? -1 : 1));
  };
  return { add, groups };
};

/** Groups within one list of findings (one scan: the same password in two .env files). */
export const correlationGroups = (findings: readonly Correlated[]): CorrelationGroup[] => {
  const grouper = createGrouper();
  for (const finding of findings) grouper.add(finding);
  return grouper.groups();
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "github-pat: the same secret in 4 places in 3 repositories, still at HEAD in 2" */
export const describeGroup = (group: CorrelationGroup): string => {
  const where = group.repositories > 1 || group.places.some((place) => place.repository !== '')
    ? ` in ${plural(group.repositories, 'repository').replace('repositorys', 'repositories')}, still at HEAD in ${group.atHead}`
    : '';
  return `${group.rules.join(', ')}: the same secret in ${plural(group.places.length, 'place')}${where} (correlation ${group.correlation.slice(0, 12)})`;
};

export const describePlace = (place: GroupPlace): string =>
  `${place.repository ? `${place.repository}: ` : ''}${place.file}:${place.line}${place.presentInHead === false ? ' (removed since)' : place.presentInHead ? ' (at HEAD)' : ''}`;
