import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * How features and profiles credit their quotes: in the present tense ("jokes Marsh", "predicts
 * one host"), through unnamed insiders ("a Harbor executive", "a person close to the family"),
 * after a participle that names someone else ("Citing Adam Smith, she …"), and with long roles
 * set off after the name ("As Paco Ruiz, director of … and author of Green Minds, puts it").
 * Made-up sentences.
 */

const speakerOf = (paragraphs: string[]) => quotesIn(paragraphs, 'en')[0]?.speaker?.name ?? null;

describe('verbs of saying in the present tense', () => {
  it('credit the name after them', () => {
    expect(
      speakersIn([
        'Designer Lena Marsh runs the studio on the third floor.',
        '“We need to do something bold with the next model,” jokes Marsh.',
        'Her colleague Tom Reed is less sure. “That is not how hardware gets made,” he asserts.',
      ]),
    ).toEqual(['Lena Marsh', 'Tom Reed']);
  });

  it('credit an unnamed voice after them', () => {
    const name = speakerOf(['“There will be a bloodbath at the network by the spring,” predicts one host.']);
    expect(name).toBe('host');
  });

  it('do not take "remembers X’s reply" as the words of the one who remembers', () => {
    const quotes = quotesIn(
      [
        'Ann Patel met the director in 2004. “I don’t feel comfortable doing this,” she said. She remembers Cole’s reply: “I am a man of many sides, and that is one of them.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.text)).toContain('I am a man of many sides, and that is one of them.');
  });
});

describe('an unnamed voice brought in by "a" or "one"', () => {
  const setting =
    'Harbor News is a cable channel owned by 21st Century Harbor. The network grew fast under Dana Reyes, its founder.';

  it('is the role, not the body it works for', () => {
    expect(speakersIn([setting, '“No one said no to Dana,” a Harbor executive said.'])).toEqual([
      'Harbor executive',
    ]);
    expect(
      speakersIn([setting, '“This was simply the culture there,” one Harbor executive told me.']),
    ).toEqual(['Harbor executive']);
    expect(
      speakersIn([
        setting,
        '“They are trying to isolate this to a few people,” a 21st Century Harbor executive told me.',
      ]),
    ).toEqual(['21st Century Harbor executive']);
  });

  it('is the person close to someone, not that someone', () => {
    expect(
      speakersIn([
        setting,
        '“Dana is in the clouds about all of this,” a person close to the Reyes family said.',
      ]),
    ).toEqual(['person close to the Reyes family']);
  });

  it('still reads a spokesperson for a named body the usual way', () => {
    expect(speakerOf(['“We are looking at every option,” a spokesperson for Network Rail said.'])).toBe(
      'Network Rail spokesperson',
    );
  });
});

describe('a participle opening the sentence', () => {
  it('takes the names after it as its objects, not as the subject', () => {
    expect(
      speakerOf([
        'Margaret Hale spoke in New York on Tuesday.',
        'Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended an alliance that would “redefine the political landscape of the whole world.”',
      ]),
    ).toBe('Margaret Hale');
    expect(
      speakerOf([
        'Margaret Hale spoke in New York on Tuesday.',
        'Quoting Adam Smith, she said: “We have to rethink what markets are for before the next crisis.”',
      ]),
    ).toBe('Margaret Hale');
  });

  it('is no name before a pronoun in the next paragraph', () => {
    expect(
      speakerOf([
        'Blaming U.S. companies for following the tax code is misguided, says Richard Lane, a senior analyst.',
        '“If these companies do not need the money at home, there is no incentive to bring it back,” he said.',
      ]),
    ).toBe('Richard Lane');
  });
});

describe('the subject before a long role', () => {
  it('is the name after "As", not the work named at the end of the role', () => {
    expect(
      speakerOf([
        'As Paco Ruiz, director of the Minimal Intelligence Laboratory at the University of Murcia and author of Green Minds, puts it, “Plants have to plan ahead to reach their goals in time.”',
      ]),
    ).toBe('Paco Ruiz');
  });

  it('"As a result," still names no one', () => {
    expect(
      speakerOf(['As a result, the minister Ann Lee said: “We will have to plan ahead for another winter.”']),
    ).toBe('Ann Lee');
  });
});

describe('who "he" stands for', () => {
  it('is never a report named by a run of capitals', () => {
    expect(
      speakersIn([
        '“In general, the samples are very pure,” says Dan Whitley. To see how unusual this is, look at the United Nations Office on Drugs and Crime World Drug Report 2014, which reports lower purity. “We have found pure samples,” he adds.',
      ]),
    ).toEqual(['Dan Whitley', 'Dan Whitley']);
  });
});

describe('whom "he" or "she" stands for', () => {
  it('is not decided by one possessive in a sentence about someone else', () => {
    expect(
      speakerOf([
        'Roger Ailes ran the network for twenty years.',
        'Megyn Kelly wanted the interview badly. The biggest get of all was Donald Trump, and the reviewers panned her questions.',
        'After the debate, Trump called Ailes. “How could you do this to me?” he said.',
      ]),
    ).toBe('Donald Trump');
  });

  it('is never someone named only in a picture caption, also when the page prints the caption twice', () => {
    expect(
      speakerOf([
        'A jury found Dylann Roof guilty on all the counts he faced.',
        'Sharon Risher, whose brother and two cousins were killed at the church. Win McNamee/Getty Images hide caption',
        'Sharon Risher, whose brother and two cousins were killed at the church.',
        'He also said: “I am guilty. We all know I am guilty.”',
      ]),
    ).toBe('Dylann Roof');
  });

  it('is an unnamed subject opening the sentence before, not someone named later in it', () => {
    expect(
      speakerOf([
        'Roger Ailes ran the network for twenty years.',
        'A former employee told me that her parents called the police on Ailes in 1969. “I remember all of it very well,” she says.',
      ]),
    ).toBe('former employee');
  });

  it('is not a word of a longer name that only shares a word with someone', () => {
    expect(
      speakersIn([
        'The European Centre for Drugs and Drug Addiction keeps a register of such cases.',
        '“In general, the samples are very pure,” says Dan Whitley. Look at the World Drug Report, which reports lower purity. “We have found pure samples,” he adds.',
      ]),
    ).toEqual(['Dan Whitley', 'Dan Whitley']);
  });
});

describe('a survey or a firm’s people', () => {
  it('an unnamed respondent opening a line that a colon closes is the speaker', () => {
    expect(
      speakersIn([
        'Another respondent highlighted the opportunities of AI: “AI is growing fast, and our toolchain can be improved with it.”',
        'One survey respondent summed this up as follows: “Keeping creativity alive while leaning into AI is a challenge.”',
      ]),
    ).toEqual(['respondent', 'survey respondent']);
  });

  it('"Firm’s Surname" is the person the article named in full', () => {
    expect(
      speakerOf([
        'Rachel Stephens, senior analyst at the analyst firm RedMonk, shared her view of the findings.',
        'According to RedMonk’s Stephens, “We are in a cash-constrained environment, and people have to choose.”',
      ]),
    ).toBe('Rachel Stephens');
  });
});

describe('newsroom and political roles', () => {
  it('are roles of unnamed voices', () => {
    expect(
      speakerOf([
        'Fox News is owned by 21st Century Fox.',
        '“Roger lost control of the whole thing,” a Fox anchor said.',
      ]),
    ).toBe('Fox anchor');
    expect(speakerOf(['“We will not vote for this bill,” one Republican lawmaker told me.'])).toBe(
      'Republican lawmaker',
    );
  });
});

describe('places and clauses', () => {
  it('a clause set off after a place is no role that makes the place a person', () => {
    expect(
      speakersIn([
        'While found elsewhere but only ever perfected here in the Ahr Valley, the grape is a first cousin of the Pinot Noir.',
        '“It is not just an elegant lady, it is a diva,” says Brigitta Stodden, who runs a winery nearby.',
        'Following the death of his respected and influential father Gerhard in January, Alexander Stodden has since taken over the winery.',
        '“It is a very difficult grape, but it is a good match to the Pinot Noir,” he says.',
      ]),
    ).toEqual(['Brigitta Stodden', 'Alexander Stodden']);
  });

  it('"remembers" after a quote credits the name after it', () => {
    expect(
      speakerOf([
        '“Those goats were so smart,” remembers Shanna Challenger, coordinator for the restoration programme, with a laugh.',
      ]),
    ).toBe('Shanna Challenger');
  });
});

describe('a surname two people share', () => {
  it('is the one named last before it', () => {
    expect(
      speakerOf([
        'President Franklin Roosevelt signed the law in 1935.',
        'James Roosevelt, his grandson, campaigns for the party this autumn.',
        '“There is a lot of scare talk out there about the fund,” Roosevelt said.',
      ]),
    ).toBe('James Roosevelt');
  });
});

describe('an opening mark glued to the sentence before it', () => {
  it('still opens a quote', () => {
    const quotes = quotesIn(
      [
        '“In general, the samples are very pure,” says Dan Whitley. In Britain it is closer to 30 percent.“We have found 100 percent pure samples,” he adds.',
      ],
      'en',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['In general, the samples are very pure', 'Dan Whitley'],
      ['We have found 100 percent pure samples', 'Dan Whitley'],
    ]);
  });
});
