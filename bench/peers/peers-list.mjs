// The peers: where each keeps its published examples in its repository, and how to read them.
// Snapshots are fetched bare under <mirrors>/<owner>+<name>/repo; nothing of them is committed.
import { extractDetectSecrets } from './extract-detect-secrets.mjs';
import { extractGitleaks } from './extract-gitleaks.mjs';
import { extractRuleYaml } from './extract-rule-yaml.mjs';
import { extractTrufflehog } from './extract-trufflehog.mjs';

export const PEERS = [
  {
    name: 'noseyparker', repo: 'praetorian-inc/noseyparker', extract: extractRuleYaml, pattern: /\.ya?ml$/,
    // The rules moved from data/default/rules to the crate's data folder in 0.17.
    folders: ['crates/noseyparker/data/default/builtin/rules', 'data/default/rules'],
  },
  { name: 'kingfisher', repo: 'mongodb/kingfisher', extract: extractRuleYaml, pattern: /\.ya?ml$/, folders: ['data/rules', 'crates/kingfisher-rules/data/rules'] },
  { name: 'gitleaks', repo: 'gitleaks/gitleaks', extract: extractGitleaks, pattern: /\.go$/, folders: ['cmd/generate/config/rules'] },
  {
    name: 'trufflehog', repo: 'trufflesecurity/trufflehog', extract: extractTrufflehog, folders: ['pkg/detectors'],
    // Integration tests call the providers' live APIs with secrets from GCP; only pattern tests hold inputs.
    pattern: /^pkg\/detectors\/[^/]+\/(?:[^/]+\/)?[^/]+(?<!_integration)_test\.go$/,
  },
  { name: 'detect-secrets', repo: 'Yelp/detect-secrets', extract: extractDetectSecrets, pattern: /_test\.py$/, folders: ['tests/plugins'] },
];
