import { describe, expect, it } from 'vitest';
import { quotesOf, speakers } from './helpers';

/**
 * "It said" after a sentence about a body known by a modified common noun, and a document that
 * speaks for itself: no person named nearby is the speaker. Made-up paragraphs.
 */
describe('a body or a document in play', () => {
  it('"It said" after "The Indian army …" / "Pakistan’s military said …" is that body', () => {
    expect(
      speakers(
        quotesOf([
          'The Indian army in a statement said troops had fired along the border overnight. It said it was “responding in a proportionate manner to every provocation.”',
        ]),
      ),
    ).toEqual(['Indian army']);
    expect(
      speakers(
        quotesOf([
          'Reuters first reported the clash on Wednesday.',
          'Pakistan’s military said its forces had shot down two jets. It said the jets had been “trying to violate our airspace in the northern region.”',
        ]),
      ),
    ).toEqual(['Pakistan’s military']);
  });

  it('"The Swedish brochure says ‘…’" is the brochure, not the person quoted before', () => {
    expect(
      speakers(
        quotesOf([
          'Jane Roe wrote on X: “They seem to want to make sure the war goes on for another year.”',
          'The Swedish brochure says “If Sweden is attacked, we will never surrender. Any suggestion to the contrary is false.”',
        ]),
      ),
    ).toEqual(['Jane Roe', 'Swedish brochure']);
  });

  it('guard: "it" with nothing of the kind before it still names no one', () => {
    expect(
      speakers(
        quotesOf([
          'The jar sat on the shelf for years. On the label, it just says “keep away from children and pets”.',
        ]),
      ),
    ).toEqual([null]);
  });
});
