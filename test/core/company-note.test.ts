import { describe, expect, it } from 'vitest';
import { articleOf } from './page';

const PROSE = [
  'Northwind Robotics said on Tuesday it would open a second factory in the north of England, adding about 300 jobs over three years.',
  'The plant will build the sorting arms the company sells to grocery chains, which have struggled to hire warehouse staff since the pandemic.',
  '“Demand has outgrown the site we have, and we want to stay close to our engineers,” said Priya Raman, the chief executive.',
  'Construction is due to start in the spring, subject to planning approval from the local council, with the first arms shipped a year later.',
];

function page(tail: string, middle = ''): string {
  return `<!doctype html><html lang="en"><head><title>Robot maker to open second factory</title></head><body>
<article><h1>Robot maker to open second factory</h1>${PROSE.slice(0, 2)
    .map((p) => `<p>${p}</p>`)
    .join('')}${middle}${PROSE.slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('')}${tail}</article></body></html>`;
}

const ABOUT =
  'Northwind Robotics is a leading provider of warehouse automation systems for retailers and logistics groups, with products that pick, sort and pack goods.';
const FACTS =
  'Northwind Robotics is headquartered in Leeds, employs more than 900 people in 12 countries and is listed on the London Stock Exchange.';

describe("a press release's closing note about the company", () => {
  it('goes whole at the tail: its "About" line, its first paragraph and the paragraph of facts', () => {
    const article = articleOf(page(`<h3>About Northwind Robotics</h3><p>${ABOUT}</p><p>${FACTS}</p>`));
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes when it is one small-print paragraph split by line breaks, after a rule', () => {
    const article = articleOf(
      page(`<div><hr><p style="font-size:12px"><br>${ABOUT}<br><br>${FACTS}<br></p></div>`),
    );
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes when the facts are a founding year and where to read more', () => {
    const note =
      'Kestrel Analytics (KSTL) is an independent developer of forecasting software for utilities. Founded in 2009, it serves customers on three continents. For more information, visit www.kestrel.example.';
    const article = articleOf(page(`<p>${note}</p>`));
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes with a media contact after it', () => {
    const contact = 'Media contact: Jane Doe, press@northwind.example, +44 113 496 0000';
    const article = articleOf(page(`<p>${ABOUT}</p><p>${FACTS}</p><p>${contact}</p>`));
    expect(article.text).not.toContain('London Stock Exchange');
    expect(article.text).not.toContain('leading provider');
  });

  it("stays when the story's last paragraph tells one fact about the company", () => {
    const last =
      'Northwind Robotics is headquartered in Leeds and has sold its sorting arms to four of the five largest grocery chains in the country.';
    const article = articleOf(page(`<p>${last}</p>`));
    expect(article.paragraphs).toEqual([...PROSE, last]);
  });

  it('stays when someone is reported saying it', () => {
    const said = `${FACTS.slice(0, -1)}, the company said in its filing.`;
    const article = articleOf(page(`<p>${ABOUT}</p><p>${said}</p>`));
    expect(article.paragraphs).toEqual([...PROSE, ABOUT, said]);
  });

  it('stays in the middle of the story, where it is the story', () => {
    const article = articleOf(page('', `<p>${FACTS}</p>`));
    expect(article.paragraphs).toContain(FACTS);
  });
});
