import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn, texts } from './helpers';

/**
 * Stop 47: words before a name that are no part of it, and Japanese brackets whose topic said
 * nothing, seen on unlabelled pool pages and written here as made-up text.
 */

describe('words that open a sentence before a name', () => {
  it('reads a stage direction\'s "Enter" as no part of the name it introduces', () => {
    const paragraphs = [
      'Enter Harold P. Moss, a graduate of a business school in 1961. “I’m all yours,” he tells me after weeks of calls.',
      '“I think the pictures are the key to the whole deck,” Moss said of the cards he prints.',
    ];
    expect(speakersIn(paragraphs)).toEqual(['Harold P. Moss', 'Harold P. Moss']);
  });

  it('reads "Meet" before a name the same way', () => {
    expect(
      speakersIn([
        'Meet Carla Duval, the baker who feeds a whole village before dawn. “I never sleep past three,” she said.',
      ]),
    ).toEqual(['Carla Duval']);
  });

  it('reads a participle\'s "Using" as no part of the name it takes as object', () => {
    expect(
      speakersIn([
        'Using Tom Hale’s old notes, the crew rebuilt the engine in a week. “It runs better than it ever did,” he said.',
      ]),
    ).toEqual(['Tom Hale']);
  });

  it('takes an interjection for no given name ("Ah Bartleby!")', () => {
    const quotes = quotesIn(
      [
        'The clerk would not answer. “I would prefer not to,” said Bartleby, and went back to his desk.',
        'Ah Bartleby! Ah humanity!',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Bartleby']);
  });
});

describe('Japanese brackets whose topic said nothing', () => {
  const inJapanese = (paragraphs: string[]) => quotesIn(paragraphs, 'ja');

  it('gives no speaker to 「…」との誤解 ("the misconception that …")', () => {
    const quotes = inJapanese([
      '制度が始まって十年が経ち、人々の間に「申請すれば誰でも受け取れる給付金だ」との誤解が広がっている。',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(quotes.map(() => null));
  });

  it('gives no speaker to a name in brackets that the sentence goes on about (「…」となっている)', () => {
    const quotes = inJapanese([
      'この制度の名前が「支援金」ではなく「協力金」となっているのは、そのような理由からである。',
    ]);
    expect(quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });

  it('takes no particle-led phrase after the quote for a name (「…」と心配そうに話した)', () => {
    const quotes = inJapanese([
      '様子を見に来たという同大の男子学生（20）は「これからも学び続けられるのか不安は残る」と心配そうに話した。',
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['男子学生']);
  });

  it('still credits the topic when the quote closes with a verb of saying, past a 『…』 title', () => {
    const quotes = inJapanese([
      '建築家の山本一郎氏は当時、『東京新聞』の取材に対し、「よくつくられた建物なら、百年はもつはずです」と話している。',
      '市長は会見で「来年度も予算を確保したい」としている。',
    ]);
    expect(texts(quotes)).toEqual(['よくつくられた建物なら、百年はもつはずです', '来年度も予算を確保したい']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['山本一郎', '市長']);
  });
});

describe('Korean subjects that are no one', () => {
  const inKorean = (paragraphs: string[]) => quotesIn(paragraphs, 'ko');

  it('passes over a connective and a party before the name that leads a role', () => {
    const quotes = inKorean([
      '하지만 민주당 김도윤 최고위원은 곧장 "명백한 규정 위반"이라고 반대 의사를 밝혔다.',
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['김도윤']);
  });

  it('finds no one for "그는" in a noun subject or a clause ending in 다는', () => {
    const quotes = inKorean([
      '회의는 밤늦게까지 이어졌다. 내부 갈등은 끝내야 한다는 것이다.',
      '그는 "저는 상대방을 별로 미워하지 않는다"고 말했다.',
    ]);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('German clauses before an inverted speaker', () => {
  it('reads a sentence opening with an article as a fronted clause, not a relative one', () => {
    expect(
      speakersIn(
        [
          'Die Worte haben für sie eine besondere Bedeutung, erzählt Lea Brandt: „Eines Tages wurde im Dorf ein neuer Platz gebaut.“',
        ],
        'de',
      ),
    ).toEqual(['Lea Brandt']);
  });

  it('still reads a relative clause after a name as describing the subject before the verb', () => {
    expect(
      speakersIn(['Jens Möller, der seit vielen Jahren dort lebt, sagt: „Das war nie anders.“'], 'de'),
    ).toEqual(['Jens Möller']);
  });

  it('lets "sie" mean the one who spoke in a sentence that opened with another "sie"', () => {
    const paragraphs = [
      'Physiklehrer Tarek Aydin erklärt die Aufgaben an der Tafel.',
      'Die Schule will vorangehen. Sie unterhält eine eigene Werkstatt, und das ist keine Ausnahme – man investiere laufend, sagt Rektorin Ilka Sommer. Die Technik sei kein Selbstzweck, betont sie: „Sie muss immer einen Mehrwert bieten.“',
    ];
    expect(speakersIn(paragraphs, 'de')).toEqual(['Ilka Sommer']);
  });

  // (The subject of the "wie" clause is its noun, as in "Der Kandidat sagte: „…“"; stop 50.)
  it('takes no compound tail after a quoted head for a speaker ("„Müll“-Fauxpas sagte")', () => {
    expect(
      speakersIn(
        [
          'Wie der Kandidat vor seinem „Müll“-Fauxpas sagte: „Historiker sagen uns, dass der Charakter das Wichtigste ist.“',
        ],
        'de',
      ),
    ).toEqual(['Kandidat']);
  });
});

describe('names as a page writes them', () => {
  it('drops a soft hyphen left before a name', () => {
    expect(speakersIn(['„Der Wirkstoff hat neue Maßstäbe gesetzt“, meint \u00ADKornberg.'], 'de')).toEqual([
      'Kornberg',
    ]);
  });
});

describe('German words after and before a verb that are no one', () => {
  it('reads a time after the verb ("erklärte Anfang März") as no subject', () => {
    expect(
      speakersIn(
        [
          'Der Minister nannte das Land einen „Spielball“ und erklärte Anfang März: „Wir zählen nicht auf diese Dienste.“',
          'Daraufhin sagte Mitte Juni ein Diplomat: „Wir zählen auch weiter nicht auf die Dienste der anderen.“',
        ],
        'de',
      ),
    ).toEqual([null, 'Diplomat']);
  });

  it('credits "heißt es" to whom "vom" or "aus" names before it', () => {
    expect(
      speakersIn(
        [
          'Vom Landratsamt hieß es am Abend: „Die Lage ist ruhig, es gab keine Verletzten.“',
          'Aus dem Verkehrsministerium heißt es, es sei klar, „dass es neuer Regeln für die Städte bedarf“.',
          'In der Mitteilung hieß es: „Das Werk bleibt bis Montag geschlossen.“',
        ],
        'de',
      ),
    ).toEqual(['Landratsamt', 'Verkehrsministerium', null]);
  });
});

describe('German capitals that name no one', () => {
  it('takes a question word or pronominal adverb for no part of a name ("Wovor Vintz …")', () => {
    const paragraphs = [
      '„Das ist für die Funktion unnötig“, sagt Simone Vintz von der Stiftung.',
      'Wovor Vintz vor allem warnt, sind gefälschte Geräte. Sie rät: „Lesen Sie die Bedingungen genau und vollständig.“',
    ];
    expect(speakersIn(paragraphs, 'de')).toEqual(['Simone Vintz', 'Simone Vintz']);
  });

  it('reads a body’s noun with its genitive as that body, not as someone named before', () => {
    expect(
      speakersIn(
        [
          'Auf Kellers Interview antwortete die Partei des Sozialen Fortschritts: „Wir verurteilen diese Aussagen auf das Schärfste.“',
          '„Wir prüfen das“, sagte der Chef des Großmarkts Peter Lang.',
        ],
        'de',
      ),
    ).toEqual(['Partei des Sozialen Fortschritts', 'Peter Lang']);
  });
});

describe('Korean short forms', () => {
  it('reads a surname and "후보" (candidate) as the candidate named in full before', () => {
    const quotes = quotesIn(
      [
        '박민재 국민통합당 대선 후보는 이날 부산에서 유세를 이어갔다.',
        '박 후보는 "지역끼리 싸우는 시대를 끝내겠다"고 강조했다.',
      ],
      'ko',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['박민재']);
  });
});
