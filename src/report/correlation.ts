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
  /** How many places hold it; `places` lists the first MAX_PLACES of them. */
  readonly count: number;
  readonly places: readonly GroupPlace[];
  readonly repositories: number;
  /** Repositories where some place is still at HEAD (history reports; scans count as at HEAD). */
  readonly atHead: number;
}

/** Places listed per group: enough to act on, and memory per group stays constant. */
export const MAX_PLACES = 50;

interface Accumulator {
  readonly rules: Set<string>;
  readonly places: GroupPlace[];
  count: number;
  repositories: number;
  atHead: number;
  lastRepository: string | undefined;
  lastAtHead: string | undefined;
}

const byPlace = (a: GroupPlace, b: GroupPlace): number =>
  a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

/**
 * Accumulates per HMAC; `groups()` keeps those seen in two or more places, sorted. Findings must
 * come repository by repository (a merge reads them so; a scan is one repository): distinct
 * repositories are then counted without keeping a set of them.
 */
export const createGrouper = (wanted?: (correlation: string) => boolean) => {
  const all = new Map<string, Accumulator>();
  const add = (finding: Correlated): void => {
    const key = finding.correlation;
    if (key === undefined || (wanted && !wanted(key))) return;
    let acc = all.get(key);
    if (!acc) all.set(key, (acc = { rules: new Set(), places: [], count: 0, repositories: 0, atHead: 0, lastRepository: undefined, lastAtHead: undefined }));
    const repository = finding.repository ?? '';
    acc.rules.add(finding.ruleId);
    acc.count++;
    if (acc.lastRepository !== repository) acc.repositories++;
    acc.lastRepository = repository;
    if (finding.presentInHead !== false && acc.lastAtHead !== repository) {
      acc.atHead++;
      acc.lastAtHead = repository;
    }
    if (acc.places.length < MAX_PLACES) acc.places.push({ repository, file: finding.file, line: finding.line, presentInHead: finding.presentInHead });
  };
  const groups = (): CorrelationGroup[] => {
    const out: CorrelationGroup[] = [];
    for (const [correlation, acc] of all) {
      if (acc.count < 2) continue;
      out.push({ correlation, rules: [...acc.rules].sort(), count: acc.count, places: [...acc.places].sort(byPlace), repositories: acc.repositories, atHead: acc.atHead });
    }
    // Widest spread first; the HMAC breaks ties, so the order never depends on the input's.
    return out.sort((a, b) => b.repositories - a.repositories || b.count - a.count || (a.correlation < b.correlation ? -1 : 1));
  };
  return { add, groups };
};

/** Groups within one list of findings (one scan: the same password in two .env files). */
export const correlationGroups = (findings: readonly Correlated[]): CorrelationGroup[] => {
  const grouper = createGrouper();
  for (const finding of [...findings].sort((a, b) => ((a.repository ?? '') < (b.repository ?? '') ? -1 : (a.repository ?? '') > (b.repository ?? '') ? 1 : 0))) grouper.add(finding);
  return grouper.groups();
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "github-pat: the same secret in 4 places in 3 repositories, still at HEAD in 2" */
export const describeGroup = (group: CorrelationGroup): string => {
  const where = group.repositories > 1 || group.places.some((place) => place.repository !== '')
    ? ` in ${plural(group.repositories, 'repository').replace('repositorys', 'repositories')}, still at HEAD in ${group.atHead}`
    : '';
  return `${group.rules.join(', ')}: the same secret in ${plural(group.count, 'place')}${where} (correlation ${group.correlation.slice(0, 12)})`;
};

export const describePlace = (place: GroupPlace): string =>
  `${place.repository ? `${place.repository}: ` : ''}${place.file}:${place.line}${place.presentInHead === false ? ' (removed since)' : place.presentInHead ? ' (at HEAD)' : ''}`;
