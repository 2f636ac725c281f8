import { describe, expect, it } from 'vitest';
import { quotesOf, speakers, texts } from './helpers';

describe('whole quotations', () => {
  it('joins a quotation interrupted by its attribution with " … ", under one speaker', () => {
    const quotes = quotesOf([
      '“We remain of course open,” he said, “we believe partnering helps bring more EVs to the market.”',
    ]);
    expect(texts(quotes)).toEqual([
      'We remain of course open … we believe partnering helps bring more EVs to the market.',
    ]);
    expect(quotes).toHaveLength(1);
  });

  it('joins the parts round "he assures himself" (a verb of saying)', () => {
    const quotes = quotesOf([
      'Tom Reyes, 52, owns the shop. “Oh, really? Fine,” he assures himself. “I never worried at all.”',
    ]);
    expect(texts(quotes)).toEqual(['Oh, really? Fine … I never worried at all.']);
  });

  it('keeps apart a second quote with an attribution naming someone else, but joins one by the same speaker', () => {
    const quotes = quotesOf([
      'Ana Ruiz, 40, runs a shop on the high street. It is “quieter than it has been for years,” she said. “Rents have doubled since the bank closed,” said Tom Reyes, 52.',
      '“We have been here since 1990,” Ruiz said. “We are not going anywhere,” she added.',
    ]);
    expect(texts(quotes)).toEqual([
      'quieter than it has been for years',
      'Rents have doubled since the bank closed',
      'We have been here since 1990 … We are not going anywhere',
    ]);
  });

  it('reads "states X" right after a quote as an attribution (and joins round it)', () => {
    const quotes = quotesOf([
      'Ann Lee, 45, is a dietitian. “Tea, in itself, has benefits,” states Lee. “Sugar does not.”',
    ]);
    expect(texts(quotes)).toEqual(['Tea, in itself, has benefits … Sugar does not.']);
    expect(speakers(quotes)).toEqual(['Ann Lee']);
  });

  it('keeps two quotations apart when narrative, not an attribution, stands between them', () => {
    const quotes = quotesOf([
      '“The numbers do not add up for the families we serve.” The charity has 40 staff and serves 3,000 households. “We will need more help this winter.”',
    ]);
    expect(quotes).toHaveLength(2);
  });

  it('keeps apart the turns of a dialogue, each introduced by its own speaker ("A said, “…?” B said, “…”")', () => {
    const quotes = quotesOf([
      'Jane Smith asked, “Why now?” Tom Jones replied, “Because the money ran out and nobody wanted to say it.”',
    ]);
    expect(texts(quotes)).toEqual(['Why now?', 'Because the money ran out and nobody wanted to say it.']);
    expect(speakers(quotes)).toEqual(['Jane Smith', 'Tom Jones']);
  });

  it('still joins a quotation interrupted after a clause whose verb is not its cue', () => {
    const quotes = quotesOf([
      'When one mathematician announced his proof of the result, “the lecture quickly descended into pandemonium,” she writes. “Mathematicians threw paper airplanes.”',
    ]);
    expect(quotes).toHaveLength(1);
  });

  it('keeps apart a quoted title and a quote after a sentence whose only verb of saying is a participle', () => {
    const quotes = quotesOf([
      'Both wrote for the show “Nashville,” the co-writers Caitlyn Smith and Kate York came to it with an ear for writing character-driven songs. “It’s a totally different muscle,” York said.',
    ]);
    expect(texts(quotes)).toContain('It’s a totally different muscle');
    expect(texts(quotes).some((t) => t.includes('Nashville'))).toBe(false);
  });

  it('keeps apart a quote that ends its sentence and a new one introduced by "X said:"', () => {
    const quotes = quotesOf([
      'The college said the figures showed a system at breaking point, a “crisis for every patient in every corridor”. Its president, Dr Adrian Boyle, said: “Behind every number is a patient on a trolley.”',
    ]);
    expect(texts(quotes)).toEqual([
      'crisis for every patient in every corridor',
      'Behind every number is a patient on a trolley.',
    ]);
  });

  it('joins a quotation that runs over several paragraphs, each reopening the quote (the classic convention)', () => {
    const quotes = quotesOf([
      'Espinosa said: “We remain of course open. We believe more awareness of EVs is necessary.',
      '“At the same time, it helps us with our overall business.',
      '“So, the answer is yes, we are open.”',
      'Nissan has invested heavily in Sunderland.',
    ]);
    expect(texts(quotes)).toEqual([
      'We remain of course open. We believe more awareness of EVs is necessary. At the same time, it helps us with our overall business. So, the answer is yes, we are open.',
    ]);
    expect(quotes[0]!.paragraph).toBe(0);
  });

  it('does not join a closed quote to a quote that opens the next paragraph', () => {
    const quotes = quotesOf([
      '“The plant will open in 2030,” said the mayor, Elena Vargas.',
      '“We still have people watering lawns in July,” said Councilman Robert Hale.',
    ]);
    expect(speakers(quotes)).toEqual(['Elena Vargas', 'Robert Hale']);
  });
});

describe('interrupted by a verb that counts only after its subject', () => {
  it('joins “…,” Mattson offers, “…” into one quotation', () => {
    const quotes = quotesOf([
      'Patience is key. “One important bit of advice for anyone planning to fast,” Mattson offers, “is to know that it takes weeks for your body to adapt.”',
    ]);
    expect(texts(quotes)).toEqual([
      'One important bit of advice for anyone planning to fast … is to know that it takes weeks for your body to adapt.',
    ]);
  });
});

describe('what is not a quotation worth listing', () => {
  it('drops the title of a work in a reference list entry', () => {
    const quotes = quotesOf([
      '1 Ann Lee, Tom Reed, “Procedural Knowledge Ontology for Industry (PKO),” in *The Semantic Web: ESWC 2025*, Lecture Notes in Computer Science, vol. 14879 (Springer, 2025), 334.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('drops a linked headline after its label, and words typed into a search box', () => {
    const quotes = quotesOf([
      'Read more: “How the council lost control of the budget in three years”',
      'Lesen Sie auch: „Wie die Stadt ihre Brücken in drei Jahren erneuern will“',
      'He typed “how to fix a leaking tap without any tools” into the search bar.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('leaves out scare quotes of a few words without an attribution', () => {
    const quotes = quotesOf([
      'Some backbenchers complained that the speech was too “woke” and that the plan was “amnesty by another name”.',
      'Nissan would be ‘open’ to building cars in Sunderland.',
    ]);
    expect(quotes).toEqual([]);
  });

  it('keeps a short quotation that is set off and attributed', () => {
    const quotes = quotesOf([
      'Senator Thomas Reed was asked about talks. “My door is open,” he said.',
      '“Absolutely not,” said Maria Alvarez.',
    ]);
    expect(texts(quotes)).toEqual(['My door is open', 'Absolutely not']);
  });

  it('leaves out a capitalised title followed by its author ("“Husbands & Lovers” by Beatriz Williams")', () => {
    const quotes = quotesOf([
      'Katie Bandurski is our deputy editor.',
      'Katie notes that each of the books (including her favorite inclusion, “Husbands & Lovers” by Beatriz Williams) cost less.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('leaves out a title that opens with a number ("10 Things in Tech You Need to Know.")', () => {
    const quotes = quotesOf([
      'You can also subscribe to this newsletter here — just tick “10 Things in Tech You Need to Know.”',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('lists the same words quoted twice once, under the speaker named', () => {
    const quotes = quotesOf([
      'The platform is coming. “You’re going to see things that Stadia can do that is not possible elsewhere.”',
      'The platform was built for the cloud from the start, its makers explained on Tuesday.',
      'Jack Buser is the director for games. He would not give a date. “You’re going to see things that Stadia can do that is not possible elsewhere,” Buser said in an interview.',
    ]);
    const repeated = quotes.filter((q) => q.text.startsWith('You’re going to see'));
    expect(repeated).toHaveLength(1);
    expect(repeated[0]!.speaker?.name).toBe('Jack Buser');
  });

  it('leaves out titles of works', () => {
    const quotes = quotesOf([
      'Her 1971 book, "The Living Wall", became a bestseller, and the new single ‘Ghost Town Blues’ is out now.',
      'The research was published under the title "Sleep Duration and Risk-Taking in Adolescence".',
    ]);
    expect(quotes).toEqual([]);
  });

  it('leaves out a pull-quote paragraph that repeats the body, keeping the original', () => {
    const line = '“For fourteen years, this country was told that decline was inevitable.”';
    const quotes = quotesOf([
      `${line.slice(0, -1)} That we had to choose between sound finances and decent services,” said Rachel Morgan.`,
      'The opposition said the numbers did not add up.',
      line,
    ]);
    expect(quotes.map((q) => q.paragraph)).toEqual([0]);
  });

  it('keeps only the first of two identical quote paragraphs', () => {
    const line = '“Nobody wants to strike. But we have been left with no choice,” said Mick Lynch.';
    expect(
      quotesOf([line, line.replace(', said Mick Lynch.', '.”').replace(',”', '')]).map((q) => q.paragraph),
    ).toEqual([0]);
  });
});
