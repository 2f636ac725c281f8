import { describe, expect, it } from 'vitest';
import { articleOf, pageWith } from './page';

const STEPS = [
  'The first crews will close the bridge to lorries on the Monday after Easter, and the diversion signs along the ring road will go up in the week before so that hauliers can plan their routes.',
  'Divers will then survey the footings of the central arch, which the engineers want to see for themselves before the final design of the new pier is signed off by the council’s cabinet.',
  'Once the survey is done, a crane barge will be floated in from the estuary to lift out the parapets, which the heritage trust has asked to keep in store so that they can be used again on the new bridge.',
  'The arch itself will be taken down stone by stone over the summer, each stone numbered and photographed, so that the facing of the new bridge can be built from the old stones wherever they are sound.',
  'The new deck will be cast in place in the autumn, and the contractor has promised that the temporary footbridge will stay open throughout, apart from two weekends when the crane has to swing over it.',
  'Traders on the quay have been promised a say in the timing of the noisiest work, after the market association complained that the last repairs had driven away its customers for a whole season.',
  'The council will also pay for a survey of the river bed downstream, where the fishing club fears that the silt stirred up by the works could smother the gravel in which the trout spawn each winter.',
  'If the weather holds, the bridge will reopen to all traffic eighteen months after the first closure, with a ceremony on the old ferry landing for the residents who campaigned for the crossing.',
];
const section = (paragraphs: readonly string[]) =>
  `<section>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('repeated runs', () => {
  it('shows a long stretch the page prints twice (a copy per screen size) once, in the text and the html', () => {
    const article = articleOf(pageWith(`${section(STEPS)}<div class="mobile-copy">${section(STEPS)}</div>`));
    for (const step of STEPS) {
      expect(count(article.text, step)).toBe(1);
      expect(count(article.html, step)).toBe(1);
    }
    expect(article.paragraphs.filter((p) => p === STEPS[0])).toHaveLength(1);
    // The prose after the copy is still there.
    expect(article.text).toContain('temporary footbridge will carry pedestrians');
  });

  it('keeps a short stretch the article itself repeats', () => {
    const refrain = STEPS.slice(0, 2);
    const article = articleOf(pageWith(`${section(refrain)}<h2>And again</h2>${section(refrain)}`));
    expect(count(article.text, STEPS[0]!)).toBe(2);
    expect(count(article.text, STEPS[1]!)).toBe(2);
  });

  it('keeps text that differs between the two copies', () => {
    const changed = [...STEPS.slice(0, 3), 'The council will publish the survey in full.', ...STEPS.slice(3)];
    const article = articleOf(pageWith(`${section(STEPS)}${section(changed)}`));
    expect(article.text).toContain('The council will publish the survey in full.');
  });
});

describe('repeated runs on hostile pages', () => {
  it('takes no copy from thousands of one-letter blocks (a copy reaches its length within 200 blocks)', async () => {
    const { dropRepeatedRuns } = await import('../../src/core/repeated-runs');
    const { parseHtml } = await import('../../src/node/load-document');
    const letters = Array.from({ length: 6_000 }, (_, i) => `<p>${'ab'[i % 2]}</p>`);
    const dom = parseHtml(`<html><body><div>${letters.join('')}</div></body></html>`);
    const { textBlocksWithNodes } = await import('../../src/core/text-blocks');
    const blocks = textBlocksWithNodes(dom.window.document.body);
    const kept = dropRepeatedRuns(blocks);
    expect(kept).toHaveLength(6_000);
    dom.window.close();
  });
});
