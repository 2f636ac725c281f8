import { textBlocksWithNodes } from '../text-blocks';
import type { ClutterTrace } from '../types';
import { removeBylineBios } from './byline-bio';
import { removeCompanyNotes } from './company-note';
import { removeDisclaimers } from './disclaimer';

/**
 * The notes a site prints at the article's edges, after the clutter pass: the writer's bio told
 * by the byline, a press release's note about its company, and the disclaimer that closes a post.
 * One walk of the text blocks serves all three; each later pass reads only the blocks still standing.
 */
export function removeEdgeNotes(
  article: Element,
  byline: string | null | undefined,
  trace?: ClutterTrace,
): void {
  const blocks = textBlocksWithNodes(article);
  removeBylineBios(blocks, byline, trace);
  removeCompanyNotes(article, blocks, trace);
  removeDisclaimers(article, blocks, trace);
}
