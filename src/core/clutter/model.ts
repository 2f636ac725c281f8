import { FEATURE_NAMES } from './features';
import weights from './model.json';

/**
 * The clutter model: logistic regression over the candidate's features
 * (features.ts), trained by scripts/train-clutter.ts on the tuning half of the
 * dev corpora (a block is clutter when its text is not in the reference text).
 * The rules propose and name the category; this decides whether the block goes.
 */
interface ModelFile {
  features: string[];
  weights: number[];
  threshold: number;
}

const model = weights as ModelFile;
const aligned = FEATURE_NAMES.map((name) => {
  const i = model.features.indexOf(name);
  return i < 0 ? 0 : (model.weights[i] ?? 0);
});

/** Probability that the candidate is clutter. */
export function clutterProbability(x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < aligned.length; i++) z += aligned[i]! * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function isClutter(x: readonly number[]): boolean {
  return clutterProbability(x) >= model.threshold;
}
