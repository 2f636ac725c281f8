import { describe, expect, it } from 'vitest';
import { findOrThrow } from '../../src/core/quotes';
import { findNames } from '../../src/core/quotes/names';
import { quotesOf, speakers } from './helpers';

const QUOTE = '“We will keep the plant open for as long as the orders keep coming”';

describe('who said it', () => {
  it.each([
    ['said X', `${QUOTE}, said Espinosa.`, 'Espinosa'],
    ['X said', `${QUOTE}, Ivan Espinosa said.`, 'Ivan Espinosa'],
    ['role before the name', `Nissan CEO Ivan Espinosa has said: ${QUOTE}.`, 'Ivan Espinosa'],
    ['X told Reuters', `${QUOTE}, Ivan Espinosa told Reuters.`, 'Ivan Espinosa'],
    ['X added', `${QUOTE}, Ivan Espinosa added.`, 'Ivan Espinosa'],
    ['according to X', `${QUOTE}, according to Ivan Espinosa, the chief executive.`, 'Ivan Espinosa'],
    ['according to X before', `According to Ivan Espinosa, ${QUOTE}.`, 'Ivan Espinosa'],
    ['apposition', `${QUOTE}, Jane Doe, a spokesperson for the union, said.`, 'Jane Doe'],
    [
      'role then name after the verb',
      `${QUOTE}, said the union’s regional official, Mark Dean.`,
      'Mark Dean',
    ],
    ['an organisation', `${QUOTE}, the Home Office said in a statement.`, 'Home Office'],
    [
      'an unnamed spokesperson',
      `A spokesperson for the Home Office said: ${QUOTE}.`,
      'Home Office spokesperson',
    ],
    ['a title', `${QUOTE}, said Dr Priya Nandakumar.`, 'Priya Nandakumar'],
    [
      'German inversion',
      '„Das ist die größte Investition in die Schiene seit der Bahnreform“, sagte Volker Wissing.',
      'Volker Wissing',
    ],
    [
      'French inversion',
      '« Revenir sur l’âge serait un très mauvais signal », a déclaré Patrick Martin.',
      'Patrick Martin',
    ],
  ])('reads %s', (_, paragraph, expected) => {
    expect(speakers(quotesOf([paragraph]))).toEqual([expected]);
  });

  it('gives the full name and role first introduced to a short name', () => {
    const quotes = quotesOf([
      'Nissan CEO Ivan Espinosa has opened the door to Chinese car makers.',
      `${QUOTE}, said Espinosa.`,
      `${QUOTE.replace('plant', 'factory')}, Mr Espinosa said.`,
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ivan Espinosa', role: 'Nissan CEO' },
      { name: 'Ivan Espinosa', role: 'Nissan CEO' },
    ]);
  });

  it('resolves he/she to the person the sentence before is about', () => {
    const quotes = quotesOf([
      'Prosecutor Simon Hartley told the court that Lorraine Pike had created fake invoices. “This was not a moment of madness,” he said.',
      'The visitors’ boss, Pete Hanley, was left to rue his side’s missed chances. ‘We should have been three up at half-time,’ he said.',
    ]);
    expect(speakers(quotes)).toEqual(['Simon Hartley', 'Pete Hanley']);
  });

  it('resolves he/she to the owner in "X’s thing" opening the sentence before, not to someone named earlier', () => {
    const quotes = quotesOf([
      'Lena Ortiz, 41, and Marco Bell, 52, both bake for the market. Bell sells bread at the weekend.',
      'In 2019, Ortiz’s bakery burned down. She said that “it was the worst week of my whole life.”',
      'Ortiz’s lawyer, Dana Price, 39, went to court. She said that “the insurer has not paid a single cent yet.”',
    ]);
    expect(speakers(quotes)).toEqual(['Lena Ortiz', 'Dana Price']);
  });

  it('resolves "said the safety chief" to the person introduced in that role', () => {
    const quotes = quotesOf([
      'The airline’s head of safety, Ingrid Solberg, said the grounding was precautionary.',
      'Passenger Henrik Dahl said he saw flames.',
      '“We will not fly these aircraft again until we understand what happened,” the safety chief said.',
    ]);
    expect(speakers(quotes)).toEqual(['Ingrid Solberg']);
  });

  it('continues the previous speaker’s turn in a quote-only paragraph', () => {
    const quotes = quotesOf([
      '“Our members kept this country moving through a pandemic,” said Mick Lynch.',
      '“Nobody wants to strike. But we have been left with no choice.”',
    ]);
    expect(speakers(quotes)).toEqual(['Mick Lynch', 'Mick Lynch']);
  });

  it('takes the speaker from a sentence with a speech verb just before the quote', () => {
    const quotes = quotesOf([
      'Espinosa said that winning the award again would give Nissan a boost. “The message will be that Nissan is back.”',
    ]);
    expect(speakers(quotes)).toEqual(['Espinosa']);
  });

  it('takes "X said:" at the end of the paragraph before', () => {
    const quotes = quotesOf([
      'Speaking at City Hall, Mayor Karen Bass said:',
      '"Nobody should have to live in a tent on a sidewalk."',
    ]);
    expect(speakers(quotes)).toEqual(['Karen Bass']);
  });

  it('says null rather than guess when the text does not say who spoke', () => {
    const quotes = quotesOf([
      'Thousands marched through Lisbon on Saturday.',
      '“We are not against tourists. We are against a city that is only for tourists,” read a leaflet.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('does not credit the subject of a new clause after the quote', () => {
    const quotes = quotesOf([
      'Ministers said households were “voting with their feet on the heating question”, but installers warned of a shortage.',
    ]);
    expect(speakers(quotes)).toEqual(['Ministers']);
  });
});

describe('pronouns and gender', () => {
  it('passes over a sentence whose subject is the same pronoun, naming someone else after it', () => {
    const quotes = quotesOf([
      'Mary Steenburgen, the Oscar-winning actress, spent years in Music City. And despite her fame, she was more nervous than Rose Harlan has ever been. “It was terrifying,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Mary Steenburgen']);
  });

  it('gives "she said" to the woman named earlier, not the man named last', () => {
    const quotes = quotesOf([
      'Maria Lopez, 61, has run the bakery since 1990. She says the rent has tripled.',
      'Her landlord, Tom Baker, said he had no choice.',
      '“I will not close without a fight,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Maria Lopez']);
  });

  it('keeps "he said" on the man named last when nothing shows a gender', () => {
    const quotes = quotesOf([
      'Maria Lopez runs the bakery. Tom Baker owns the building.',
      '“I had no choice,” he said.',
    ]);
    expect(speakers(quotes)).toEqual(['Tom Baker']);
  });

  it('reads a French role ending as the gender of the name before it', () => {
    const quotes = findOrThrow(
      [
        'Claire Vasseur, 58 ans, a ouvert sa librairie en 1994.',
        '« C’est l’âme de la rue », explique Paul Girard, retraité.',
        '« Je le relis chaque année », sourit-elle.',
      ],
      { title: '', excerpt: null, lang: 'fr' },
    );
    expect(speakers(quotes)).toEqual(['Paul Girard', 'Claire Vasseur']);
  });

  it('does not give a quote to someone it speaks of in the third person', () => {
    const quotes = quotesOf([
      'She gave me an email address for his sister, Martha Fry, and for Ann Cole, his aunt.',
      '“I cannot believe Martha Fry would not want his books back in print,” she said.',
    ]);
    expect(speakers(quotes)).not.toEqual(['Martha Fry']);
  });
});

describe('words credited without a verb of saying before them', () => {
  it('credits “…” to the one a following "That is how X describes it" names', () => {
    const quotes = quotesOf([
      '“A bridge nobody can cross.” That is how Ana Ruiz, the mayor, describes the old crossing.',
      '“We will rebuild it in a year.” That’s how Tom Hale, the engineer, put it on Monday.',
    ]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('credits no one when someone else’s clause comes between ("That is how residents see it, and Ruiz agrees")', () => {
    const quotes = quotesOf([
      '“A bridge nobody can cross.” That is how residents see it, and Ana Ruiz agrees.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('credits the words of someone’s take, verdict or advice ("Ana Ruiz’s take is simple: “…”")', () => {
    const quotes = quotesOf([
      'Ana Ruiz’s take is simple: “We cannot keep paying for a bridge nobody can cross.”',
      'Tom Hale’s advice to drivers: “Use the ferry until the spring, because the detour is longer than it looks.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('more constructions of web pages, probed', () => {
  const Q = '“We cannot keep paying for a bridge nobody can cross, and we will not.”';

  it('leaves an opener out of a role subject ("Later the mayor said") but keeps a phrase that is no role', () => {
    const quotes = quotesOf([
      'Ana Ruiz, the mayor, opened the meeting.',
      'Residents spoke for an hour.',
      `Later the mayor said: ${Q}`,
      'With a tone of certainty, the source said, “That is exactly what is happening.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz', 'source']);
  });

  it('reads a signature in brackets, and an embedded post’s signature with its handle and date', () => {
    const quotes = quotesOf([
      `${Q} (Ana Ruiz, mayor of Eastport)`,
      `${Q.replace('We', 'You')} — Tom Hale (@tomhale) November 3, 2024`,
    ]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz', 'Tom Hale']);
    expect(quotes[0]!.speaker?.role).toBe('mayor of Eastport');
  });

  it('credits no one for a note in brackets', () => {
    expect(speakers(quotesOf([`${Q} (Translated from Spanish)`]))).toEqual([null]);
  });

  it('credits whose words the next sentence says they were ("Ruiz’s words came as …")', () => {
    const quotes = quotesOf([
      'Ana Ruiz chairs the bridge committee.',
      `${Q} Ruiz’s words came as the council prepared to vote.`,
    ]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz']);
  });

  it('resolves a pronoun that opens the line a colon ends ("She thinks the plan is wrong: “…”")', () => {
    const quotes = quotesOf(['Ana Ruiz is not convinced.', `She thinks the plan is wrong: ${Q}`]);
    expect(speakers(quotes)).toEqual(['Ana Ruiz']);
  });
});

describe('cues seen on unlabelled pages', () => {
  it('reads a verb that counts only after a quote and its subject (“…,” Wilgus shares)', () => {
    const quotes = quotesOf([
      'Holly Wilgus, a meditation teacher, has taught for years.',
      '“You can feel results immediately,” Wilgus shares.',
    ]);
    expect(speakers(quotes)).toEqual(['Holly Wilgus']);
  });

  it('keeps that subject when a participle follows (“…,” Vanco shares, noting that …)', () => {
    const quotes = quotesOf([
      'Erica Vanco plans weddings in the city.',
      '“Parties are leaning into interactivity,” Vanco shares, noting that portrait painters are becoming common.',
    ]);
    expect(speakers(quotes)).toEqual(['Erica Vanco']);
  });

  it('does not take "shares" for a verb of saying elsewhere', () => {
    const quotes = quotesOf([
      'Apple shares fell after the company warned of “a very difficult quarter ahead of us”.',
    ]);
    expect(speakers(quotes)).not.toEqual(['Apple']);
  });

  it('reads a testimonial signed after a dash', () => {
    const quotes = quotesOf([
      'Reviews: “I like that I can use any type of device to stream live.” — Lance Rivera, content creator',
    ]);
    expect(speakers(quotes)).toEqual(['Lance Rivera']);
  });

  it('reads a testimonial signed by a role alone after a typed dash', () => {
    const quotes = quotesOf([
      '"What I really love about this language is that if it compiles it usually runs." -- Senior software engineer working in automotive systems',
    ]);
    expect(speakers(quotes)).toEqual(['Senior software engineer']);
  });

  it('gives an indefinite person as the speaker ("One tester said:")', () => {
    const quotes = quotesOf(['One tester said: “The pressure sensor has been extremely helpful to me.”']);
    expect(speakers(quotes)).toEqual(['tester']);
  });

  it('falls back to the subject of the sentence a colon closes when its verb names no one', () => {
    const quotes = quotesOf([
      'Duane Mellor, a dietitian, was cautious.',
      'Mellor agrees and recommends choosing an approach that fits your lifestyle: “If you are trying to change your diet, it needs to work for you.”',
    ]);
    expect(speakers(quotes)).toEqual(['Duane Mellor']);
  });
});

describe('subjects shared or implied', () => {
  it('gives a second verb joined by "and" the subject that opens the sentence', () => {
    const quotes = quotesOf([
      'Maria Lopez, the mayor, spoke on Monday.',
      'On Tuesday, Lopez visited the site and warned that the council “will not sit on its hands for much longer”.',
    ]);
    expect(speakers(quotes)).toEqual(['Maria Lopez']);
  });

  it('gives "allowed X to claim that “…”" to X', () => {
    const quotes = quotesOf([
      'Adam Mosseri, the head of the app, spoke on Monday.',
      'The change allowed Mosseri to say that the app wants to be “a space that feels much less pressurized.”',
    ]);
    expect(speakers(quotes)).toEqual(['Adam Mosseri']);
  });

  it('does not take a name after "a" for a person ("posing as a Go-Kart Track")', () => {
    const quotes = quotesOf([
      'Jane Hill, a teacher, spoke first.',
      'We spoke to one mother, whose son was posing as a Go-Kart Track online. “I am so ahead of every other parent I know,” she said.',
    ]);
    expect(speakers(quotes)).not.toEqual(['Go-Kart Track']);
  });
});

describe('words that are not speakers', () => {
  it('does not give words said "by saying" to the name before it', () => {
    const quotes = quotesOf([
      'Quick access to Siri by saying “Hey Siri, play the next song on the list” at any time.',
    ]);
    expect(speakers(quotes)).not.toContain('Siri');
  });

  it('does not make a speaker of "said something along the lines of …"', () => {
    const quotes = quotesOf([
      'I can’t tell you how many times I’ve reached out to colleagues and said something along the lines of …',
      '“Argh! I know I need to do this but it’s scary!”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('does not make a person of an organisation whose name holds a role word ("Algorithmic Justice League")', () => {
    const names = findNames(
      'Initiatives include the Algorithmic Justice League and the Moral Machine project.',
    );
    expect(names.map((n) => n.name)).not.toContain('League');
  });

  it('does not take the clause before "X said" for X’s role', () => {
    const quotes = quotesOf([
      'Dr. Joan LaRovere is a physician.',
      'A basic understanding of machine learning is important, LaRovere said, but the right use rests on people working together. “I am not a data scientist, but I understand it well enough to work with those teams.”',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Joan LaRovere' }]);
  });

  it('does not take a brand after a possessive ("in her Stitch Fix review") for the person', () => {
    const quotes = quotesOf([
      'Once again, Stitch Fix made it to the top of our list of the best clothing subscription boxes.',
      'In her Stitch Fix review, Brandi Dowell received a knit dress. She shared, “It is so soft and comfortable, and I love the sleeves.”',
    ]);
    expect(speakers(quotes)).toEqual(['Brandi Dowell']);
  });

  it('does not make a speaker of a poll’s share of respondents', () => {
    const quotes = quotesOf([
      'A new poll shows majority support. Fifty-one percent say that “the actions were wrong and he should be removed from office.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('gives the findings of a study to its author, past an opening "As we noted"', () => {
    const quotes = quotesOf([
      'As we noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that “the full cost of the tariff falls on domestic consumers.”',
    ]);
    expect(speakers(quotes)).toEqual(['Centre for Economic Policy Research']);
  });

  it('does not make a speaker of a noun phrase whose only capital opens the sentence', () => {
    const quotes = quotesOf([
      'Products with the nutrition claims “low in fat, and good for the heart” may look healthy at first glance, but it is not always so.',
    ]);
    expect(speakers(quotes).filter((s) => s !== null)).toEqual([]);
  });

  it('does not make a name of a place and the pronoun after it ("At Brown I look forward")', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(names('At Brown I look forward to a double concentration, said Dr Ann Lee.')).toEqual(['Ann Lee']);
    expect(names('The letter was signed by Queen Elizabeth I in 1601.')).toContain('Elizabeth I');
  });

  it('does not make a name of a title-case phrase ending in an adverb ("What You Can Do Instead")', () => {
    const quotes = quotesOf([
      'For more ideas, check out Why You Do Not Have to Write About Trauma, and What You Can Do Instead.',
      'Instead, she describes an image of her family “huddled in front of the fireplace while drinking cocoa.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('skips an opening adverb before the subject ("Moreover, one tester noted")', () => {
    const quotes = quotesOf([
      'Moreover, one tester noted, “I did not find this brush compromised by the soft bristles at all.”',
    ]);
    expect(speakers(quotes)).toEqual(['tester']);
  });

  it('keeps the subject after a relative clause ("The statement, which was obtained by Variety, claimed")', () => {
    const quotes = quotesOf([
      'Big Machine Records issued a statement on Monday.',
      'The statement, which was obtained by Variety, claimed that the firms had “come to terms on a licensing agreement for the show”.',
    ]);
    expect(speakers(quotes)).toEqual(['Big Machine Records']);
  });

  it('does not make the writer’s "I’ve" a speaker', () => {
    const quotes = quotesOf([
      'For months, I’ve been telling other creators: “You need to understand your data, growth is not random.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('a quoted phrase in the words of the sentence’s subject', () => {
  it('gives it to the person the sentence opens with', () => {
    const quotes = quotesOf([
      'Claire Vasseur, 58, opened her bookshop in 1994, “with a loan from the bank and a lot of recklessness”.',
    ]);
    expect(speakers(quotes)).toEqual(['Claire Vasseur']);
  });

  it('not after a passive or a naming verb ("was profiled as")', () => {
    const quotes = quotesOf([
      'Claire Vasseur, 58, was profiled in a local guide as “the soul of the whole street and then some”.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('a quoted phrase in a sentence that credits no one', () => {
  it('goes on in the words of whoever the sentence before credited', () => {
    const quotes = quotesOf([
      'Richard Howitt studies the cells in mice.',
      'It isn’t clear which function evolved first, Howitt says. Just because scientists saw the receptors on the tongue first, “that doesn’t mean that’s the order in which it evolved.”',
    ]);
    expect(speakers(quotes)).toEqual(['Richard Howitt']);
  });

  it('goes on with the speaker of the quote in the sentence before', () => {
    const quotes = quotesOf([
      '“You may not always want to have the ability to overreact,” Andrew Vaughan said. That could be part of what goes wrong: there could be dangers “if you have too many of these cells and they are too poised.”',
    ]);
    expect(speakers(quotes)).toEqual(['Andrew Vaughan', 'Andrew Vaughan']);
  });

  it.each([
    [
      'a verb of its own',
      'A review of 27 trials found weight loss and concluded that “intermittent fasting shows promise for the treatment of obesity.”',
    ],
    [
      'the second person',
      'When you ask, “What about the sales figures for the same period in the north?” the agent knows.',
    ],
    [
      'a title',
      'In the book “Financial Freedom: A Proven Path to All the Money You Will Ever Need,” the formula is laid out.',
    ],
  ])('not when the sentence has %s', (_, sentence) => {
    const quotes = quotesOf([`“We saw it coming for a long time,” Luigi Fontana said. ${sentence}`]);
    expect(speakers(quotes).slice(1)).toEqual(quotes.slice(1).map(() => null));
  });
});

describe('family and close relations are roles', () => {
  it('reads "according to his aunt, Jane Starner" with the relation as her role', () => {
    const quotes = quotesOf([
      'According to his aunt, Jane Starner, “He was brilliant from the start, reading at an adult level in kindergarten.”',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Jane Starner', role: 'his aunt' }]);
  });
});

describe('a role phrase opening with "former" or "new"', () => {
  it('is a speaker ("The former minister, who resigned in 2019, added: “…”")', () => {
    const quotes = quotesOf([
      'The former minister, who resigned in 2019, added: “It is a real shock to all of us in the party.”',
    ]);
    expect(speakers(quotes)).toEqual(['former minister']);
  });

  it('but a quantifier before a role is not ("Every high school student thinks “…”")', () => {
    const quotes = quotesOf(['Every high school student thinks “this college essay writing thing is hard.”']);
    expect(speakers(quotes)).toEqual(quotes.map(() => null));
  });
});

describe('a long subject', () => {
  it('speaks through its head ("A meta-analysis of … published in BMJ concludes that “…”")', () => {
    const quotes = quotesOf([
      'A meta-analysis of the beneficial health impacts of coffee intake published in BMJ concludes that “coffee consumption seems generally safe within usual levels of intake.”',
    ]);
    expect(speakers(quotes)).toEqual(['meta-analysis']);
  });
});

describe('a verb of saying after "to"', () => {
  it('gives the words to the name before it ("allowed Mosseri to claim that “…”")', () => {
    const quotes = quotesOf([
      'Instagram head Adam Mosseri has questioned likes.',
      'Abandoning likes allowed Mosseri to claim that Instagram wants to be “a space that feels much less pressurized.”',
    ]);
    expect(speakers(quotes)).toEqual(['Adam Mosseri']);
  });

  it('not a noun of the same spelling ("a claim that")', () => {
    const quotes = quotesOf([
      'Reporters from Reuters filed a claim that the company was “a space that feels much less pressurized.”',
    ]);
    expect(speakers(quotes)).toEqual(quotes.map(() => null));
  });
});

describe('a role of a place before the name', () => {
  it('reads "China’s ambassador to Britain Liu Xiaming" as the person with that role, named after the quote', () => {
    const quotes = quotesOf([
      'China’s ambassador to Britain warned that the government “will not sit on our hands and watch” if things get worse.',
      'China’s ambassador to Britain Liu Xiaming has said that China has the means to end the unrest.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Liu Xiaming', role: 'China’s ambassador to Britain' },
    ]);
  });
});

describe('groups and run-in headings', () => {
  it('gives "the researchers wrote" to the researchers, not to the person named last', () => {
    const quotes = quotesOf([
      '“Machine learning has become a critical way to do most of AI,” said MIT professor Thomas Malone.',
      '“A machine learning system can be descriptive, predictive or prescriptive,” the researchers wrote.',
    ]);
    expect(speakers(quotes)).toEqual(['Thomas Malone', 'researchers']);
  });

  it('does not take a heading run into the sentence for a name ("Box Details When asked …")', () => {
    const quotes = quotesOf([
      'Tiffany Waldorf reviewed the box. Subscription Box Details When asked about the fit she said, “This cardigan is so warm and the yarns are woven into two layers.”',
    ]);
    expect(speakers(quotes)).toEqual(['Tiffany Waldorf']);
  });
});

describe('openers of advice are not speakers', () => {
  it.each([
    [
      'an imperative',
      'Don’t ever say, “It won’t happen to me, not in this town, not this year.” We are all at risk.',
    ],
    [
      'the second person',
      'Even if you’ve always told yourself “oh, I just don’t have that talent for drawing”, it is a skill.',
    ],
    ['an adverb', 'Ever heard the saying, “It’s not about the destination, it’s about the journey”? Well.'],
  ])('%s', (_, sentence) => {
    const quotes = quotesOf([sentence]);
    expect(speakers(quotes)).toEqual(quotes.map(() => null));
  });

  it('a verb that counts only after a quote takes a named subject, not any noun phrase', () => {
    const quotes = quotesOf([
      '“Pemberton 2.0, the new home of the best dining in town” offers streamlined services in its zones.',
      '“We will keep the plant open for as long as the orders keep coming,” states Slayton.',
    ]);
    expect(speakers(quotes)).toEqual([null, 'Slayton']);
  });
});

describe('a passive after the quote', () => {
  it('names something and credits no one ("… and leading Japan to be called a “…”")', () => {
    const quotes = quotesOf([
      'Japan’s Article 30-4 allows exploitation of works “in any way and to the extent considered necessary” for other purposes, applying to AI training and leading Japan to be called a “machine learning paradise.”',
    ]);
    expect(speakers(quotes)).toEqual(quotes.map(() => null));
    expect(quotes.length).toBeGreaterThan(0);
  });
});

describe('initials and lead verbs', () => {
  it('keeps initials written together as part of the name ("R.J. Smith", "U.S. District Judge")', () => {
    const quotes = quotesOf([
      `${QUOTE}, said R.J. Smith, the chief executive.`,
      '“The training use was a fair use of the books,” said William Alsup, U.S. District Judge.',
    ]);
    expect(speakers(quotes)).toEqual(['R.J. Smith', 'William Alsup']);
    expect(quotes[1]!.speaker?.role).toBe('U.S. District Judge');
  });

  it('reads "X states on its annual report" after a quote as the attribution', () => {
    const quotes = quotesOf([
      '“As rental companies keep an eye on growth, they also need to keep serving their customers,” Jane Power states on her blog. “Companies that understand their customers are better placed.”',
    ]);
    expect(speakers(quotes)).toEqual(['Jane Power']);
  });
});

describe('words credited with a possessive', () => {
  it.each([
    [
      'in X’s words',
      'Math gave her the escape she needed — in Cairo’s words, a “world of ideas that I can explore on my own.”',
    ],
    [
      'in X’s own words',
      'In Cairo’s own words: “I was very isolated, and nothing I could do could really change it.”',
    ],
    ['to quote X', 'To quote Cairo, “the sameness of the days was the hardest part of all of it.”'],
  ])('%s', (_, sentence) => {
    const quotes = quotesOf(['Hannah Cairo grew up in the Bahamas.', sentence]);
    expect(speakers(quotes)).toEqual(['Hannah Cairo']);
  });
});

describe('appositions with listed names', () => {
  it('keeps the name before a role whose body is a list ("Council on Energy, Environment and Water")', () => {
    const quotes = quotesOf([
      'The Water Act was passed in 1974.',
      '“This is mainly due to the change in wind direction from north to south,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told reporters.',
    ]);
    expect(speakers(quotes)).toEqual(['Kurinji Selvaraj']);
  });
});

describe('roles are whole noun phrases', () => {
  const roleOf = (paragraph: string) => quotesOf([paragraph])[0]?.speaker?.role;

  it('runs a role after "said X," on through the name of its body', () => {
    expect(
      roleOf(
        '“I never experienced this pollution as a child,” said Aseem Prakash, founding director of the Center for Environmental Politics at the University of Washington.',
      ),
    ).toBe('founding director of the Center for Environmental Politics at the University of Washington');
  });

  it('prefers a title set off after the name to a relation before it ("our friend X, former Director of …")', () => {
    const quotes = quotesOf([
      'We sat down with our friend Dan Lee, former Director of Marketing at Ava.',
      '“That was really early days, and there were no solar companies at all,” Dan recalls.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Dan Lee', role: 'former Director of Marketing at Ava' },
    ]);
  });

  it('joins two titles before the name into one role ("Co-Owner and Lead Planner")', () => {
    expect(
      roleOf(
        '“It is not just about beautiful design,” says Estera Events Co-Owner and Lead Planner Erica Vanco.',
      ),
    ).toBe('Estera Events Co-Owner and Lead Planner');
  });

  it('reads a title then a name after the verb as role and person ("says Acme’s Vice President, Ivan Petrov")', () => {
    const quotes = quotesOf([
      'Acme is where “good rates meet quality and professionalism,” says Acme Moving’s Vice President, Ivan Petrov.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ivan Petrov', role: 'Acme Moving’s Vice President' },
    ]);
  });

  it('still ends the subject at a place or an occasion after the name', () => {
    const quotes = quotesOf([
      '“We will appeal against the ruling today,” said Ann Lee at the High Court in London.',
      '“We will appeal against the ruling as well,” said Tom Reed, a lawyer for the family, at the High Court.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ann Lee' },
      { name: 'Tom Reed', role: 'a lawyer for the family' },
    ]);
  });

  it('keeps a body whose name lists its parts, and not a person listed after a place', () => {
    expect(
      roleOf(
        '“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told reporters.',
      ),
    ).toBe('a research analyst at the Council on Energy, Environment and Water think tank');
    expect(
      roleOf(
        'Jane Roe, a nurse at the Royal Hospital, Paddington and Ann Lee, a doctor, said: “We are tired of waiting.”',
      ),
    ).toBe('a nurse at the Royal Hospital');
  });
});

describe('openings are not names', () => {
  it('skips "On Monday," before the subject and its apposition', () => {
    const quotes = quotesOf([
      'On Monday, the People’s Daily, the mouthpiece of the party, warned that there is “absolutely no room for compromise on this”.',
    ]);
    expect(quotes[0]?.speaker?.name).toBe('People’s Daily');
  });
});

describe('a name, then its title of office in capitals', () => {
  it.each([
    [
      'a company’s legal form after the role',
      'Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Alarm management continues to be a high focus for hospitals.”',
      { name: 'Steve Menet', role: 'Senior Vice President of Sales for Dräger, Inc.' },
    ],
    [
      'a title before a body’s name',
      'Rob Goldman, President Ascom North America, says: “By working together we can help hospitals do more.”',
      { name: 'Rob Goldman', role: 'President Ascom North America' },
    ],
  ])('%s', (_, paragraph, speaker) => {
    expect(quotesOf([paragraph])[0]?.speaker).toEqual(speaker);
  });
});

describe('clauses and questions are not speakers', () => {
  it('lists no quote inside a question to the reader (an example, not speech: not-speech.ts)', () => {
    const quotes = quotesOf([
      'Has your low-cost SEO company ever asked you questions like, “Why do your customers buy from you?” If not, good luck.',
    ]);
    expect(quotes).toEqual([]);
  });

  it('passes over a clause with its own verb to the body that speaks', () => {
    const quotes = quotesOf([
      'Budget is always top of mind, but Ferah emphasizes that couples should look deeper than cost alone. “Responsiveness, professionalism, and trust are just as important,” they share.',
    ]);
    expect(speakers(quotes)).toEqual(['Ferah']);
  });

  it.each([
    [
      'an opening place phrase before "we"',
      'Around these parts, we say “Level up your life, every single day.”',
    ],
    [
      'an adverb opening the writer’s own sentence',
      'Almost thirty years ago now I wrote a review of this film that started with “Paul Verhoeven is a director who can give you everything you want, as long as you want it loud.”',
    ],
  ])('gives no speaker to %s', (_, paragraph) => {
    expect(speakers(quotesOf([paragraph]))).toEqual([null]);
  });

  it('reads "what she had to say" as the pronoun, not the words before it', () => {
    const quotes = quotesOf([
      'Megan Kirkland tried the box last month. Here’s what she had to say: “I own nothing like this top, and I love it.”',
    ]);
    expect(speakers(quotes)[0] ?? '').not.toMatch(/Here|had to/u);
  });
});

describe('a signature by a role alone', () => {
  it('keeps "Rust consultant" as the role, not the surname of a heading that looks like a name', () => {
    const quotes = quotesOf([
      'Idiomatic Rust',
      'People love that feeling:',
      '"Rust is one of those languages that has just got your back. You will have a lot more sleep." -- Rust consultant and open source framework developer',
    ]);
    expect(speakers(quotes)).toEqual(['Rust consultant and open source framework developer']);
  });
});

describe('a profile’s subject carried by pronouns', () => {
  it('gives "she said" to the name that opened the story when no one else was named since', () => {
    const quotes = quotesOf([
      'Hannah Smith grew up in the Bahamas. In 2025 she proved a famous conjecture false.',
      'She found the homeschooling experience lonely. “There was this inescapable sameness,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Hannah Smith']);
  });

  it('does not reach past someone else named in between', () => {
    const quotes = quotesOf([
      'Hannah Smith grew up in the Bahamas. Her teacher, Rosa Diaz, lent her books.',
      'Years later the school closed. “There was this inescapable sameness,” she said.',
    ]);
    expect(speakers(quotes)).not.toContain('Hannah Smith');
  });

  it('takes a name after an opening phrase as the subject ("Within three years Ruiz was running …")', () => {
    const quotes = quotesOf([
      'When Tomás Ruiz arrived, the head chef, Paul Mercer, noticed him. “He was fast,” Mercer says.',
      'Within three years Ruiz was running the pastry section. He left in 2014 to travel.',
      '“Japan changed everything for me,” he says.',
    ]);
    expect(speakers(quotes)).toEqual(['Paul Mercer', 'Tomás Ruiz']);
  });
});

describe('a participle of saying after the sentence’s own verb', () => {
  it('gives "…, describing her as “…”" to the name that opens the sentence, not one named later', () => {
    const quotes = quotesOf([
      'Jane Smith paid a moving tribute to Tom Jones yesterday, describing him as “the calm at the centre of everything”.',
      'THE Prince of Wales paid tribute to his nanny, calling her “the kindest person any of us ever knew”.',
    ]);
    expect(speakers(quotes)).toEqual(['Jane Smith', 'Prince of Wales']);
  });
});

describe('a name and role opening a line before a colon', () => {
  it('gives the words to "Name, founder of X: “…”" and "— Name, co-founder of X: “…”"', () => {
    const quotes = quotesOf([
      'Priya Shah, founder of Loop Candles: “Cash flow is not the same as profit, and I learned that late.”',
      '— Dana Whitfield, co-founder of Orchard Analytics: “Talk to customers every single week, without fail.”',
    ]);
    expect(speakers(quotes)).toEqual(['Priya Shah', 'Dana Whitfield']);
  });

  it('not to a heading in title case ("Debunked Myth: “…”")', () => {
    const quotes = quotesOf(['Debunked Myth: “You need coding skills to make a good website.”']);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('a turn going on across a paragraph of narrative', () => {
  it('gives an unattributed quote to the last speaker when no one else is named since', () => {
    const quotes = quotesOf([
      '“We have never seen anything like it,” said Mayor Ann Lee.',
      'The storm destroyed 40 homes and cut power to thousands.',
      '“It will take years to rebuild what was lost here.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('does not when someone else is named in between', () => {
    const quotes = quotesOf([
      '“We have never seen anything like it,” said Ann Lee.',
      'Her neighbour, Tom Fry, disagreed with the plan.',
      '“It is a mistake and the council knows it is a mistake.”',
    ]);
    expect(speakers(quotes)[1]).not.toBe('Ann Lee');
  });
});

describe('a Q&A whose guest is named once, in the introduction', () => {
  it('gives the unattributed answers to the only person the piece names, first person or not', () => {
    const quotes = quotesOf([
      'Margaret Oduya published her first novel last year at the age of 70. We spoke to her about starting late.',
      'Why did you wait so long?',
      '“I didn’t wait, exactly. I wrote for fifty years, and I never believed anyone would read it.”',
      'What would you tell other late starters?',
      '“That there is no such thing as late. There is only started and not started.”',
    ]);
    expect(speakers(quotes)).toEqual(['Margaret Oduya', 'Margaret Oduya']);
  });

  it('does not make a department named in passing the speaker of example lines', () => {
    const quotes = quotesOf([
      'As a rule, you should reach out to the employer’s Human Resources (HR) department to ask about pay.',
      '“I know I would be the right fit for the team and look forward to working with you.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('statements and spokespeople introduced before', () => {
  it('gives "the statement said" to whoever issued it, not to a court named earlier', () => {
    const quotes = quotesOf([
      'Graham Pike, 58, admitted 14 counts of fraud at Leeds Crown Court on Friday.',
      'Prosecutor Amelia Hart told the court: “This was a calculated and cruel betrayal of trust.”',
      'One victim’s son, who cannot be named for legal reasons, said in a statement read to the court that his mother had been left frightened.',
      '“She blamed herself for years. She thought she had lost the money herself,” the statement said.',
    ]);
    expect(speakers(quotes)).toEqual(['Amelia Hart', 'victim’s son']);
  });

  it('gives "the spokesperson said" the role as introduced ("A Veridian spokesperson confirmed …")', () => {
    const quotes = quotesOf([
      'A Veridian spokesperson confirmed the delay but declined to give a date. “We are taking the time to get this right,” the spokesperson said.',
    ]);
    expect(speakers(quotes)).toEqual(['Veridian spokesperson']);
  });

  it('leaves a capitalised word before the article out of the role ("Meanwhile a Veridian spokesperson …", "Email the writer at …")', () => {
    const quotes = quotesOf([
      'Meanwhile a Veridian spokesperson confirmed the delay. “We are taking the time to get this right,” the spokesperson said.',
      'Is there something you think we should know? Email the writer at jane@example.com.',
      '“I am so far ahead of every other parent I know,” she said.',
    ]);
    expect(speakers(quotes)[0]).toBe('Veridian spokesperson');
    expect(speakers(quotes)[1]).not.toMatch(/email/i);
  });

  it('completes a role with a body’s common noun ("A spokesman for the bank … he said")', () => {
    const quotes = quotesOf([
      'A spokesman for the bank said it had repaid all the victims. “We are deeply sorry for the distress caused,” he said.',
    ]);
    expect(speakers(quotes)).toEqual(['bank spokesman']);
  });
});

describe('roles around a name', () => {
  it('gives the words to a first name set off after a role ("Her daughter, Claire, who …")', () => {
    const quotes = quotesOf([
      'Margaret Hale, 71, has waited 14 months for a new hip.',
      'Her daughter, Claire, who cares for her, said they had looked at private care. “It costs £15,000,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Claire']);
  });

  it('takes the last noun phrase with a role word as the role, not the clause before it', () => {
    const quotes = quotesOf([
      'His break came when the hotel’s head chef, Paul Mercer, noticed him. “He was fast,” Mercer says.',
      'The head of the agency, Jane Roe, said: “We will look at every complaint we receive.”',
    ]);
    expect(quotes.map((q) => q.speaker?.role)).toEqual(['the hotel’s head chef', 'The head of the agency']);
  });

  it('knows professions as roles ("an occupational therapist based in Seattle", "physiotherapist James Okonkwo")', () => {
    const quotes = quotesOf([
      '“Most people buy a desk that does not go low enough,” says Dr. Karen Liu, an occupational therapist based in Seattle.',
      'Standing all day is no better, according to physiotherapist James Okonkwo. “The benefit comes from changing position,” he explains.',
    ]);
    expect(quotes.map((q) => q.speaker?.role)).toEqual([
      'an occupational therapist based in Seattle',
      'physiotherapist',
    ]);
  });

  it('gives the words to an owner’s spokesman, not to the owner', () => {
    const quotes = quotesOf([
      'The Prime Minister’s official spokesman said: “Our position on the pay offer has not changed.”',
    ]);
    expect(speakers(quotes)).toEqual(['Prime Minister’s official spokesman']);
  });
});

describe('a place or body owning a name', () => {
  it('gives "X in <work> (year) argues" to X, not to the work', () => {
    const quotes = quotesOf([
      'Patricia Hill Collins in Black Feminist Thought (1990) argues that, “women’s experiences generate a distinctive standpoint.”',
    ]);
    expect(speakers(quotes)).toEqual(['Patricia Hill Collins']);
  });

  it('gives “…,” he explains to the full name owning the subject of the quote’s own sentence', () => {
    const quotes = quotesOf([
      'This guide features expert insights from Kevin Cureghian and Bernard Achampong.',
      'Kevin recommends “the Sony MDR7506” as an excellent option for beginners.',
      'Bernard’s go-to option is “the Behringer BH 470. They are flat studio headphones, with no processing added,” he explains.',
    ]);
    expect(speakers(quotes)).toEqual(['Kevin Cureghian', 'Bernard Achampong']);
  });

  it('gives the quote to the person, not to "Owner’s Name"', () => {
    const quotes = quotesOf([
      '“There is real muscle in this car, and it shows,” Car Talk’s John Paul said.',
      '“We will keep building it here for a long time yet,” Acme’s Jane Roe told reporters.',
    ]);
    expect(speakers(quotes)).toEqual(['John Paul', 'Jane Roe']);
  });

  it('leaves a title after the owner alone', () => {
    const quotes = quotesOf([
      'According to Clinique’s Senior Brand Engagement Manager, Lysis Bourget-Vennin, the brand is moving.',
      '“We are going to be focusing a lot more on short videos this year,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Lysis Bourget-Vennin']);
  });
});

describe('quotes set apart and signed by a name line', () => {
  it('reads the line after each quote as its signature', () => {
    const quotes = quotesOf([
      'Key quote',
      '“We are finding tangible ways to use these models to improve the customer experience.”',
      'Ann Lee, CEO of Acme (during the company’s third-quarter earnings call)',
      'Key quote',
      '“There is a new demand in town, and it comes from the data centres.”',
      'Tom Reed, CEO of Beta Wind Systems',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ann Lee', role: 'CEO of Acme' },
      { name: 'Tom Reed', role: 'CEO of Beta Wind Systems' },
    ]);
  });

  it('reads the line before each quote when the names come first', () => {
    const quotes = quotesOf([
      'What our clients say',
      'Jane Doe, Founder of Acme',
      '“They were wonderful to work with from the first meeting to the last.”',
      'John Roe, CEO of Beta',
      '“Fast and friendly service, and I would recommend them to anyone.”',
    ]);
    expect(speakers(quotes)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a name line closing the quote’s own paragraph, with no dash', () => {
    const quotes = quotesOf([
      '“We would not have a networking opportunity this large without the chips.” Ann Lee, CEO of Acme Networks (during the first-quarter earnings call)',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Ann Lee', role: 'CEO of Acme Networks' }]);
  });

  it.each([
    ['Creator and maintainer of networking libraries', 'Creator and maintainer'],
    ['Senior Principal Engineer leading shopping experiences', 'Senior Principal Engineer'],
    ['Backend engineering company founder specializing in finance', 'Backend engineering company founder'],
    ['Founder and CEO of a company creating developer tools', 'Founder and CEO'],
    ['Desktop application developer', 'Desktop application developer'],
  ])('reads a role signed after a typed dash: %s', (line, role) => {
    const quotes = quotesOf([`"I think macros are a really big superpower for the language." -- ${line}`]);
    expect(speakers(quotes)).toEqual([role]);
  });

  it('reads a dash signature followed by a note in brackets', () => {
    const quotes = quotesOf([
      'What Reviewers Say | “They are insanely delicious ready-to-eat salads, and I loved every one.” - Tiffany (Read all reviews.)',
    ]);
    expect(speakers(quotes)).toEqual(['Tiffany']);
  });

  it('does not take a title-case heading for a signature', () => {
    const quotes = quotesOf([
      'Customer Stories',
      '“They were wonderful to work with from the first meeting to the last.”',
      'The firm has worked in the city for a decade.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('a role set off before the name, titles and terms that are no one', () => {
  it('takes the name after a capitalised role set off by commas', () => {
    const quotes = quotesOf(['Orbital CEO, Dana Whitfield, said: “We will build the next plant here.”']);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Dana Whitfield', role: 'Orbital CEO' }]);
  });

  it('takes the name after a role before a participle', () => {
    const quotes = quotesOf([
      'Our test drive expert, Jo Marsh, lobbied for the larger model, saying, “My top pick would be the roomier one.”',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Jo Marsh', role: 'Our test drive expert' }]);
  });

  it('does not read a verb inside a title-case heading as a verb of saying', () => {
    const quotes = quotesOf([
      'Review Frequently Asked Questions: search for “how to repair a bike chain” before you write.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('gives no speaker to examples of a kind', () => {
    const quotes = quotesOf([
      'Nina Patel said her clients search for many things. Nina Patel keeps a list of queries like “cheap flights to Lisbon in May” on her desk.',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('does not take an acronym defining lower-case words for the body behind a report (the report speaks)', () => {
    const quotes = quotesOf([
      'The market is projected to grow at a compound annual growth rate (CAGR) of 8% to 2030.',
      'As the report notes: “Demand for secure and transparent payments is driving the market.”',
    ]);
    // No author is named, so the report itself is credited (test/quotes/unseen-pages.test.ts).
    expect(speakers(quotes)).toEqual(['report']);
  });
});

describe('round-ups of experts and named things', () => {
  it('gives the answers after a name line ending in a colon to that person', () => {
    const quotes = quotesOf([
      'We asked gardeners what gave them hope this year.',
      'Ana Ruiz, Director of Horticulture at the Eastport Botanic Garden:',
      '“December is a time of reflection as we look back on the growing season past.”',
      '“One simple thing everyone can do is to talk to their neighbours about plants.”',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ana Ruiz', role: 'Director of Horticulture at the Eastport Botanic Garden' },
      { name: 'Ana Ruiz', role: 'Director of Horticulture at the Eastport Botanic Garden' },
    ]);
  });

  it('does not take a heading ending in a colon for a speaker', () => {
    const quotes = quotesOf([
      'The Concept:',
      '“Parsing is taking text and giving it structure, much as your brain does with English.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });

  it('does not take a thing named after an opening preposition for the person a piece is about', () => {
    const quotes = quotesOf([
      'Most tools write the code for you. Mentor Mode explains it.',
      'In Vibe Mode, the AI is a wizard. In Mentor Mode, the AI is a teacher whose success is measured by the student.',
      'Mentor Mode is slower on day one and faster on day one hundred. Mentor Mode builds repetition in naturally.',
      '“This is too slow. I have deadlines and a team waiting on me.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('titles of office', () => {
  it('reads "Design Lead for …" set off after the name as a role', () => {
    const quotes = quotesOf([
      '“It wasn’t a top-down decision,” notes Tobias Kane, Design Lead for Acme Fonts.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Tobias Kane', role: 'Design Lead for Acme Fonts' },
    ]);
  });
});

describe('subjects that are not quite names', () => {
  it('reads one name for a heading run into the sentence that repeats it', () => {
    const quotes = quotesOf([
      '12. Nora Kell Nora Kell (b. 1961, Leeds) is a photographer of seaside towns. “With photography, I like to create fiction out of reality,” Kell has said.',
    ]);
    expect(speakers(quotes)).toEqual(['Nora Kell']);
  });

  it('leaves "to" out of the subject of an infinitive of saying', () => {
    const quotes = quotesOf([
      'It is common for RN and LPN nursing students to say, “I would like to switch wards after my first exams.”',
    ]);
    expect(speakers(quotes)).toEqual(['LPN nursing students']);
  });

  it('does not take an -ing word opening the sentence for the doer of a participle', () => {
    const quotes = quotesOf([
      'Praise reinforces good behaviour. Petting or showing excitement and saying “Good job!” may be all you need.',
    ]);
    expect(speakers(quotes).filter(Boolean)).toEqual([]);
  });
});

describe('a lone surname introduced with a role', () => {
  it('is a person that a later pronoun stands for', () => {
    const quotes = quotesOf(['Hale, the club’s captain, was blunt. “We were awful,” he said.']);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Hale', role: 'the club’s captain' }]);
  });

  it('and so is one with an age', () => {
    const quotes = quotesOf([
      'Reed, 61, disputed that account.',
      '“I never received any warning,” he told the inquiry.',
    ]);
    expect(speakers(quotes)).toEqual(['Reed']);
  });

  it('a surname that is also a place word, with a role set off before it or a verb after it', () => {
    const quotes = quotesOf([
      'Prosecutor Dan Ellis said Grant had lied repeatedly.',
      'Grant’s lawyer, Sue Park, said her client would appeal. “This verdict is wrong,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Sue Park']);
  });

  it('but a place described the same way is not', () => {
    const quotes = quotesOf(['Lyon, the French city, was quiet on Sunday. “We were awful,” he said.']);
    expect(speakers(quotes).filter(Boolean)).toEqual([]);
  });
});

describe('bodies named in full, and transcripts', () => {
  it('gives "the Commission" the name it was introduced with', () => {
    const quotes = quotesOf([
      'The European Commission opened an inquiry into the deal.',
      '“We will look at every aspect of the merger,” the Commission said.',
    ]);
    expect(speakers(quotes)).toEqual(['European Commission']);
  });

  it('reads a spokesman for a named body, and a report by a body whose name holds "for"', () => {
    const quotes = quotesOf([
      '“We are monitoring the situation closely,” said a spokesman for the Foreign Office.',
      'According to a report by the Institute for Fiscal Studies, “the tax burden will reach a post-war high.”',
    ]);
    expect(speakers(quotes)).toEqual(['Foreign Office spokesman', 'Institute for Fiscal Studies']);
  });

  it('ends a subject after the verb at the end of its sentence', () => {
    const quotes = quotesOf([
      '“Prices will rise,” said Ann Lee, director of the School of Management. Acme declined to comment.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ann Lee', role: 'director of the School of Management' },
    ]);
  });

  it('gives a line of a transcript to the name that labels it', () => {
    const quotes = quotesOf([
      'Amy Lowe: What made you leave the city?',
      'Dan Roe: “The noise, mostly. I could not think any more.”',
    ]);
    expect(speakers(quotes)).toEqual(['Dan Roe']);
  });

  it('but not a lone label that only heads a paragraph', () => {
    const quotes = quotesOf([
      'Most people think the opposite.',
      'Debunked Myth: “Eating late at night makes you gain weight.”',
    ]);
    expect(speakers(quotes).filter(Boolean)).toEqual([]);
  });
});

describe('gender from a relation set off beside the name', () => {
  it.each([
    ['His mother, Jane Hill, said he was innocent.'],
    ['Jane Hill, his mother, said he was innocent.'],
  ])('gives a later "she" to the woman: %s', (sentence) => {
    const quotes = quotesOf([
      `Police arrested Mark Hill after a chase. ${sentence}`,
      '“My son would never do this,” she told reporters.',
    ]);
    expect(speakers(quotes)).toEqual(['Jane Hill']);
  });
});

describe('a conversation', () => {
  it('gives a reply to the one who was asked', () => {
    const quotes = quotesOf([
      'Tom Reed asked Ann Lee about the budget. “There is no money left,” she replied.',
    ]);
    expect(speakers(quotes)).toEqual(['Ann Lee']);
  });

  it('still gives "she said" after a question to the one who spoke', () => {
    const quotes = quotesOf(['Tom Reed asked Ann Lee about the budget. “There is no money left,” he said.']);
    expect(speakers(quotes)).toEqual(['Tom Reed']);
  });
});

describe('gender and who is in play', () => {
  it('does not give "he said" to a woman introduced by her relation alone ("His wife, Ann,")', () => {
    const quotes = quotesOf([
      'John Miller, 62, has fished these waters for four decades.',
      'His wife, Ann, runs the shop on the quay.',
      '“It used to be easy to make a living here, but not any more,” he said.',
    ]);
    expect(speakers(quotes)).toEqual(['John Miller']);
  });

  it('does not give a profile subject a first-person quote whose pronoun is of the other gender', () => {
    const quotes = quotesOf([
      'Lena Müller and her partner, Jonas, bought the house in 2019.',
      '“We fell in love with the garden the day we saw it,” Müller said.',
      '“I still do, and I always will, whatever anyone says about it,” he said, laughing.',
    ]);
    expect(quotes[1]?.speaker?.name).not.toBe('Lena Müller');
  });

  it('takes a lone surname set off by a relative "who" as a person', () => {
    const quotes = quotesOf([
      'Kim, who grew up in Seoul, moved to London in 2010.',
      '“I didn’t speak a word of English when I arrived here,” she recalls.',
    ]);
    expect(speakers(quotes)).toEqual(['Kim']);
  });

  it('goes on with a speaker whose long attribution closes the paragraph before', () => {
    const quotes = quotesOf([
      '“The authorities must end this crackdown immediately,” said Philip Luther, Research and Advocacy Director for the Middle East and North Africa at the charity.',
      '“The persistence of lethal force against peaceful protesters raises serious fears about state policy.”',
    ]);
    expect(speakers(quotes)).toEqual(['Philip Luther', 'Philip Luther']);
  });

  it('but not past a paragraph that goes on after the attribution', () => {
    const quotes = quotesOf([
      '“The authorities must end this crackdown immediately,” said Philip Luther, the charity’s director. Protests have spread to twelve cities and three ports since Friday night.',
      '“The persistence of lethal force against peaceful protesters raises serious fears about state policy.”',
    ]);
    expect(quotes[1]?.speaker).toBeNull();
  });

  it('reads a full name signing a quote in a sentence of its own, the paragraph going on', () => {
    const quotes = quotesOf([
      'Type matters. “Ninety-five percent of web design is typography.” — Oliver Reichenstein at Information Architects. Web typography is one of the vital elements.',
    ]);
    expect(speakers(quotes)).toEqual(['Oliver Reichenstein']);
  });
});

describe('names and bodies written once in full', () => {
  it('gives a lone surname with an age the full name written earlier ("Lisa Park" … "Park, 27,")', () => {
    const quotes = quotesOf([
      'A stoppage-time header from Lisa Park gave United a 2-1 win over the league leaders.',
      'Park, 27, said the win would give her side belief. “We’ve been close so many times this season,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Lisa Park']);
  });

  it('gives "the company said" to the body a common noun set off before it named ("The developer, X,")', () => {
    const quotes = quotesOf([
      'The Council approved the plan on Tuesday.',
      'The developer, Northgate Homes, said in a statement that it would begin work in the spring.',
      '“This will bring hundreds of affordable homes to families who need them,” the company said.',
    ]);
    expect(speakers(quotes)).toEqual(['Northgate Homes']);
  });

  it('but a name after "a car company," is still a person', () => {
    const quotes = quotesOf([
      'Machine learning, according to Mikey Shulman, a lecturer at the institute, is a new way to program.',
      'It will not translate at a car company, Shulman said. “The field is moving so quickly that executives struggle to decide,” Shulman said.',
    ]);
    expect(speakers(quotes)).toEqual(['Mikey Shulman']);
  });
});

describe('a role of a body named by its common noun', () => {
  it('takes the body the noun stands for ("a council spokeswoman" → the county council named before)', () => {
    const quotes = quotesOf([
      'Cumbria County Council said it had opened three rest centres. “Anyone who needs a warm space should come along,” a council spokeswoman said.',
    ]);
    expect(speakers(quotes)).toEqual(['Cumbria County Council spokeswoman']);
  });

  it('keeps the common noun when no body is named', () => {
    const quotes = quotesOf([
      '“Anyone who needs a warm space should come along,” a council spokeswoman said.',
    ]);
    expect(speakers(quotes)).toEqual(['council spokeswoman']);
  });
});

describe('gender and names, read with care', () => {
  it('reads a middle initial as part of the name, not the French title "M."', () => {
    expect(findNames('the late author John M. Ford wrote it').map((n) => n.name)).toEqual(['John M. Ford']);
  });

  it('does not take an object pronoun or another person’s possessive for the subject’s gender', () => {
    const quotes = quotesOf([
      'The author Mike Ford died in 2006.',
      'Elise Matthesen, a designer, found him. She called the police.',
      'According to a document Matthesen prepared, Ford’s will said he did not want his family to get his estate.',
      '“I could not believe what I read in it, not for a single moment,” she said.',
    ]);
    expect(speakers(quotes)).toEqual(['Elise Matthesen']);
  });
});

describe('"it" as a body', () => {
  it('stands for a body named close by', () => {
    const quotes = quotesOf([
      'The Environmental Protection Agency released its findings on Monday.',
      '“The risk to residents is low, but we will keep monitoring the site,” it said.',
    ]);
    expect(speakers(quotes)).toEqual(['Environmental Protection Agency']);
  });

  it('but not for one named paragraphs before ("On the label, it says “…”")', () => {
    const quotes = quotesOf([
      'The Environmental Protection Agency tested the products in 2019.',
      'Most brands list only some of their ingredients.',
      'Some list none at all, and shoppers cannot tell.',
      'Take the fabric softener they tested. On the label, it just says “biodegradable fabric softening agents from plants”.',
    ]);
    expect(speakers(quotes).filter(Boolean)).toEqual([]);
  });
});

describe('a quote running on into an aside and a second quote', () => {
  it('is in the words of whoever the second is credited to', () => {
    const quotes = quotesOf([
      'Fasting is not for everyone. “Caution is warranted for frail older adults or anyone at risk of sarcopenia,” which is age-related loss of muscle mass, “because loss of lean mass can be amplified without adequate protein intake,” Fontana explains.',
    ]);
    expect(speakers(quotes)).toEqual(['Fontana', 'Fontana']);
  });

  it('but not across a sentence break', () => {
    const quotes = quotesOf([
      'Residents called the plan “a disaster for the whole of the town centre,” as the papers put it. “We will go ahead with the plan regardless of the protests,” the mayor said.',
    ]);
    expect(quotes[0]?.speaker?.name).not.toBe('mayor');
  });
});

describe('a source a dash signs with', () => {
  it('reads "– Source: X" as X', () => {
    const quotes = quotesOf([
      '"This growth is due to a variety of factors, such as lack of time and childcare. People are turning to home gyms." – Source: Gitnux',
    ]);
    expect(speakers(quotes)).toEqual(['Gitnux']);
  });
});

describe('a round-up of experts', () => {
  it('reads a name and a trade opening the line before a colon ("Tom Reyes, personal trainer:")', () => {
    const quotes = quotesOf([
      'We asked three experts what they would do.',
      'Tom Reyes, personal trainer: “Sleep matters more than any supplement. Get eight hours before you worry about protein.”',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Tom Reyes', role: 'personal trainer' }]);
  });
});

describe('epithets and relations', () => {
  it('gives "the Democrat from New York" to the person named before', () => {
    const quotes = quotesOf([
      'Rep. Alexandria Ocasio-Cortez spoke last. “If we don’t act now, we never will,” the Democrat from New York told colleagues.',
    ]);
    expect(speakers(quotes)).toEqual(['Alexandria Ocasio-Cortez']);
  });

  it('gives "the Brazilian" to the player named before', () => {
    const quotes = quotesOf([
      'Vinicius Junior scored twice. “It was a special night for me and for my family,” the Brazilian said.',
    ]);
    expect(speakers(quotes)).toEqual(['Vinicius Junior']);
  });

  it('reads a first name set off after a relation opening the line before a colon ("His wife, Ruth,")', () => {
    const quotes = quotesOf([
      'The couple disagree about the move. “It was the right call,” says Ben Hart. His wife, Ruth, is less sure: “I miss my friends every single day.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ben Hart', 'Ruth']);
  });
});

describe('handles and reported sayings', () => {
  it('gives a post to the handle it was posted under', () => {
    const quotes = quotesOf([
      '@jane_doe tweeted: “Worst airline experience of my life. Four hours on the tarmac and no water.”',
    ]);
    expect(speakers(quotes)).toEqual(['@jane_doe']);
  });

  it('reads the subject of "was known to have said" and "is said to have remarked"', () => {
    const quotes = quotesOf([
      'Thomas Jefferson was known to have said “Coffee is the favorite drink of the civilized world.”',
      'Oscar Wilde is said to have remarked, “I can resist everything except temptation, and that is all.”',
    ]);
    expect(speakers(quotes)).toEqual(['Thomas Jefferson', 'Oscar Wilde']);
  });
});

describe('stop 26: constructions from batch 7 (made-up text)', () => {
  it('joins “…,” he said. “…,” Name laughed. “…” when the paragraph has just named that person', () => {
    const quotes = quotesOf([
      'Her nephew, the baker Tomas Reyes, remembers the winter well. “The ovens never went cold,” he said. “We slept in shifts beside them,” Reyes laughed. “Nobody complained.”',
    ]);
    expect(quotes).toHaveLength(1);
    expect(speakers(quotes)).toEqual(['Tomas Reyes']);
  });

  it('joins a quote whose nested quote closes with it (“… ‘the end,’” she said. “…”)', () => {
    const quotes = quotesOf([
      '“The brief only said, ‘Make the bridge beautiful and finish by the end,’” Ana Costa said. “We had no drawings at all.”',
    ]);
    expect(quotes).toHaveLength(1);
    expect(speakers(quotes)).toEqual(['Ana Costa']);
  });

  it('pairs marks as they come when a title leaves one open, and reads the subject of the sentence holding it', () => {
    const quotes = quotesOf([
      'Late in the day a demo arrived called “Harbour (“Far From Home”). “It stopped me in my tracks,” said Tom Hale. “It just worked.” Lena Ortiz, who was filming “Dune Road,” felt the same: “It was the song we had been waiting for.”',
    ]);
    const byText = new Map(quotes.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null]));
    expect(byText.get('It stopped m')).toBe('Tom Hale');
    expect(byText.get('It was the s')).toBe('Lena Ortiz');
  });

  it('goes on with the last speaker when a paragraph opens with a colon sentence naming no one', () => {
    const quotes = quotesOf([
      '“I wanted the whole script before I wrote a note,” said Mara Linde.',
      'That led to a realisation: “It was a song about home, not about leaving it.”',
    ]);
    expect(speakers(quotes)).toEqual(['Mara Linde', 'Mara Linde']);
  });

  it('drops a pull quote that repeats part of a longer quotation, and does not take it as context', () => {
    const quotes = quotesOf([
      '“Fewer launches mean fewer chances for a mission to fail,” said Dana Cole, a former agency official.',
      '“Without a heavy rocket you are not going to get there,” Ray Stone said of the lunar plan.',
      '“The big rocket is not being used for what it was built to do,” she continued.',
      'Later Stone put it plainly. “Without a heavy rocket you are not going to get there,” he said. “You need a wide fairing and a big booster.”',
    ]);
    expect(quotes.map((q) => q.paragraph).sort()).toEqual([0, 2, 3]);
    expect(quotes.find((q) => q.paragraph === 2)?.speaker?.name).toBe('Dana Cole');
  });

  it('finds a person written with a middle part of the name, and a single name with "— who"', () => {
    const quotes = quotesOf([
      'The study was written by Hana Min Seo of the business school and two colleagues.',
      '“We did not expect the pairs to improve on their own,” says Min.',
      'Rolf — who gives only his first name online — retired at 51, he wrote in a post.',
      '“Paying off the house first was the best decision we made,” he wrote.',
    ]);
    expect(speakers(quotes)).toEqual(['Hana Min Seo', 'Rolf']);
  });

  it('reads plural subjects after a quote, and a body’s mission', () => {
    const quotes = quotesOf([
      'The proof “was stitched together from a dozen separate arguments,” Lee and Novak write.',
      '“Most firms adopted the tools before they knew what to ask of them,” the authors conclude.',
      'Greenway Moving’s mission is “to move your life, not just your boxes”.',
    ]);
    expect(speakers(quotes)).toEqual(['Lee and Novak', 'authors', 'Greenway Moving']);
  });

  it('does not take "the assistant to write" before a quote as a cue', () => {
    const quotes = quotesOf([
      'If I want the Assistant to write a function in one style, I first show it another: “Here is how we did X, do the same for Y.”',
    ]);
    expect(speakers(quotes)).toEqual([null]);
  });
});

describe('stop 26: a colon opener in the second person', () => {
  it('does not hand the reader’s own words to the last speaker', () => {
    const quotes = quotesOf([
      '“You wish them well, and you mean it,” said Ada Moss, a therapist.',
      'In the last round you extend the practice to everyone: “May we all be well and at ease.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ada Moss', null]);
  });
});
