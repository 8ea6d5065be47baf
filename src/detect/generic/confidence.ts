// A confidence on every finding, from what the value is and where it sits: a random-looking
// literal is high; a human-chosen password is medium in real configuration and low elsewhere;
// tests, fixtures, examples and docs drop one level (key material in tests is a fixture: low).
import type { Confidence, DocsMode } from '../types.js';
import type { FileContext } from './file-context.js';

export const lowerConfidence = (confidence: Confidence): Confidence => (confidence === 'high' ? 'medium' : 'low');

const ASIDE: ReadonlySet<FileContext> = new Set(['test', 'example', 'docs']);

/** Moves a rule's own confidence by the file's context. */
export const confidenceIn = (base: Confidence, context: FileContext): Confidence => (ASIDE.has(context) ? lowerConfidence(base) : base);

/**
 * A generic finding: random-looking, a strong human-chosen password (long, mixed: someone meant
 * it), or a weak one (short or plain: a dummy in code, a real risk in deployed configuration).
 */
export const genericConfidence = (value: 'random' | 'strong' | 'weak', context: FileContext, docs: DocsMode, dotenv = false): Confidence => {
  if (docs === 'examples' && context === 'docs') return 'low';
  if (docs === 'examples' && context === 'real-config' && value !== 'random' && !dotenv) return 'low';
  return GENERIC_CONFIDENCE[value][context];
};

/**
 * The value's class by the file's context: the whole policy in one table. Two exceptions, above, for a
 * published project (DocsMode `examples`):
 * - in its documentation a generic value is low whatever it looks like. Its pages are written for
 *   outside readers and their values are illustrations, random-looking on purpose; of the 100 generic
 *   findings in docs judged on the precision panel's work half over four rounds, none was a credential.
 * - in its configuration other than a dotenv file (Compose files, Kubernetes manifests, YAML,
 *   properties), a human-chosen password is a default shipped for those who run it: of the 13 such
 *   findings judged on six work sets (Compose SA_PASSWORD=SqlServer2026!?, a test stack's keyboard
 *   walk), none was a credential. A committed `.env` keeps its level: it is the file dotenv says never
 *   to commit. A random-looking value keeps its level.
 * A provider's token keeps its level in both (its format says more than its look).
 */
const GENERIC_CONFIDENCE: Readonly<Record<'random' | 'strong' | 'weak', Readonly<Record<FileContext, Confidence>>>> = {
  random: { 'real-config': 'high', code: 'high', ci: 'high', docs: 'medium', example: 'medium', test: 'medium' },
  // A long, mixed password someone typed into a snippet reads as one they use; in a test or an example, as a fixture.
  strong: { 'real-config': 'high', code: 'medium', ci: 'medium', docs: 'medium', example: 'low', test: 'low' },
  // hunter42, admin123: a real risk in deployed configuration, a dummy anywhere else.
  weak: { 'real-config': 'medium', code: 'low', ci: 'low', docs: 'low', example: 'low', test: 'low' },
};

/** Private keys in tests, fixtures and examples are fixtures: reported, low. */
export const keyMaterialConfidence = (context: FileContext): Confidence =>
  context === 'test' || context === 'example' ? 'low' : confidenceIn('high', context);

const ORDER: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };

/** Whether a finding of this confidence clears the floor (`--confidence`). */
export const meetsFloor = (confidence: Confidence, floor: Confidence): boolean => ORDER[confidence] >= ORDER[floor];
