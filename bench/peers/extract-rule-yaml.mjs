// Rules as YAML data with their own tests, as Nosey Parker (crates/noseyparker/data/default/builtin/
// rules/*.yml) and Kingfisher (data/rules/*.yml) write them: `rules: [{ id, examples,
// negative_examples }]` (Nosey Parker also spells the negatives `non_examples` once).
import { parse } from 'yaml';
import { LeakgateError } from '../../lib/errors.js';

const NEGATIVE_KEYS = ['negative_examples', 'non_examples'];

const strings = (value) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** The family of a rule id: `np.aws.2` and `kingfisher.aws.2` are both `aws`. */
export const familyOfRuleId = (id) => id.split('.').slice(1, -1).join('.') || id;

/**
 * Why a rule's matches are not secrets by the peer's own metadata, or null: Nosey Parker files
 * identifiers (ARNs, bucket names, account ids) under the category `identifier`; Kingfisher marks
 * the ids and hosts it only needs to validate another rule's secret with `visible: false`.
 */
export const notSecretReason = (rule) => {
  const categories = Array.isArray(rule.categories) ? rule.categories : [];
  if (categories.includes('identifier') && !categories.includes('secret')) return 'an identifier (category: identifier)';
  if (rule.visible === false) return 'an id or host that goes with a secret (visible: false)';
  return null;
};

/** Examples of one rules file: `{ rule, family, polarity, text, notSecret }`. */
export const extractRuleYaml = (source, path) => {
  let doc;
  try {
    doc = parse(source);
  } catch (error) {
    const line = error?.linePos?.[0]?.line ?? 1;
    throw new LeakgateError('config', `${path}:${line}: not YAML (${String(error?.message).split('\n')[0]})`);
  }
  const examples = [];
  for (const rule of Array.isArray(doc?.rules) ? doc.rules : []) {
    if (typeof rule?.id !== 'string') continue;
    const family = familyOfRuleId(rule.id);
    const notSecret = notSecretReason(rule);
    for (const text of strings(rule.examples)) examples.push({ rule: rule.id, family, polarity: 'positive', text, notSecret });
    for (const key of NEGATIVE_KEYS) {
      for (const text of strings(rule[key])) examples.push({ rule: rule.id, family, polarity: 'negative', text, notSecret });
    }
  }
  return { examples, skipped: 0 };
};
