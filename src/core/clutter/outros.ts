import type { ClutterCategory } from '../types';
import { type Block, REPORTED_SPEECH } from './rule';

/**
 * Author-written intros and outros at the very start or end of the article:
 * "Thanks for reading!", "If you were forwarded this newsletter…", "Love what
 * you're reading?", "Share this with a friend". The same words in the middle
 * of a story are the story's own; only at its edges are they the sign-off.
 * Which category they fall in comes from what they ask of the reader.
 */
const OUTRO =
  /\b(?:thanks?|thank you) (?:so much )?for reading(?= *(?:[!.,;:)]|$)| (?:this|my|our|the (?:post|article|story|newsletter|issue|piece))\b)|\bif you (?:enjoyed|liked|loved|found (?:this|value|it))\b|\b(?:love|enjoy(?:ing)?|like) what you(?:'|’)re reading\b|\b(?:did|do) you (?:enjoy|like|love|find value in) (?:this|the|our|my|reading)\b|\b(?:were|was|been) forwarded this\b|\b(?:share|forward) (?:this|the post|this post|this (?:article|story|newsletter|issue)) with\b|\b(?:share|forward) it with (?:a |an |your |\w+ )?(?:friends?|someone|others|anyone|colleagues?|family|network)\b|\bif you(?:'|’)re new here\b|\bwelcome to (?:the|this|my|our) (?:\w+ )?(?:newsletter|edition|issue)\b/i;
const MAX_OUTRO = 400;

const ASKS: ReadonlyArray<[ClutterCategory, RegExp]> = [
  ['newsletters', /subscri|newsletter|inbox|e-?mail|forwarded|sign(?:ing)? up|new posts/i],
  ['appeals', /donat|support|member|contribut|patron|tip jar|paid|pledge/i],
  ['social', /share|forward|follow|like us|comment|recommend|tell (?:a|your) friends?/i],
];

/** The category of an outro or intro at the article's edge, or null. */
export function outroOf(block: Block): { category: ClutterCategory; phrase: string } | null {
  // ("…, the chair told the meeting": reported words are the story's own.)
  if (!block.edge || block.text.length > MAX_OUTRO || REPORTED_SPEECH.test(block.text)) return null;
  const m = OUTRO.exec(block.text);
  if (!m) return null;
  for (const [category, asks] of ASKS) if (asks.test(block.text)) return { category, phrase: m[0] };
  return null;
}

/** The prose check each category adds for its own outros. */
export function outroFor(category: ClutterCategory): (block: Block) => string | null {
  return (block) => {
    const outro = outroOf(block);
    return outro?.category === category
      ? `${block.edge === 'head' ? 'intro' : 'outro'} "${outro.phrase}"`
      : null;
  };
}
