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
export const genericConfidence = (value: 'random' | 'strong' | 'weak', context: FileContext, docs: DocsMode): Confidence =>
  context === 'docs' && docs === 'examples' ? 'low' : GENERIC_CONFIDENCE[value][context];

/**
 * The value's class by the file's context: the whole policy in one table. One exception, above: in a
 * published project's documentation (DocsMode `examples`) a generic value is low whatever it looks
 * like. Its pages are written for outside readers and their values are illustrations, random-looking
 * on purpose; of the 100 generic findings in docs judged on the precision panel's work half over
 * four rounds, none was a credential. A provider's token there keeps its level (its format says
 * more than its look).
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
