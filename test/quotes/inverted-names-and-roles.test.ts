import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * A name after its verb of saying ("“…,” said Smith.", "“…”, cuenta Marenco,"), a subject left
 * out or put after the verb (Spanish, German), a name line above a picture's credit, and roles
 * whose body is named before them. Made-up paragraphs in the shapes met on unlabelled pages.
 */

const roleOf = (paragraphs: string[], lang = 'en') => quotesIn(paragraphs, lang)[0]?.speaker?.role;

describe('a short name after its verb of saying', () => {
  it('"“…,” said Smith." is who "he" means in the next paragraph', () => {
    expect(
      speakersIn([
        'John Smith praised the documentary on Monday. “It was moving,” said Smith.',
        'Young viewers are at risk. “If this reality is hidden, a dangerous picture emerges,” he said.',
      ]),
    ).toEqual(['John Smith', 'John Smith']);
  });

  it('"„…“, sagte Streeck" is who "er" means after it', () => {
    expect(
      speakersIn(
        [
          'Hendrik Streeck hat die Dokumentation gewürdigt. Sie sei berührend, „weil sie ehrlich zeigt, was Sucht bedeutet“, sagte Streeck.',
          'Gerade für junge Menschen sei das riskant. „Wenn diese Realität ausgeblendet wird, entsteht ein gefährliches Bild“, sagte er.',
        ],
        'de',
      ),
    ).toEqual(['Hendrik Streeck', 'Hendrik Streeck']);
  });

  it('"“…”, afirma." goes on in the words of whom "cuenta Marenco" named', () => {
    expect(
      speakersIn(
        [
          'Un día después, cuenta Marenco, “éramos 300 personas reclamando en la calle”.',
          '“Ya estaba expulsado sin explicación alguna, el guarda tenía mi nombre en una lista”, afirma.',
          '“Es difícil porque vives en otro país, lejos de tu familia y sin ningún registro académico”, expresa.',
        ],
        'es',
      ),
    ).toEqual(['Marenco', 'Marenco', 'Marenco']);
  });

  it('is found by the middle name the article calls someone by', () => {
    expect(
      speakersIn([
        'The study is co-authored by Luna Luan of the University of Queensland and Yeun Joon Kim of Cambridge Judge Business School.',
        '“We were surprised that human-AI pairs did not naturally improve through repeated collaboration,” says Joon.',
      ]),
    ).toEqual(['Yeun Joon Kim']);
  });

  it('is no person when it is an acronym before a role ("said IMF chief economist …")', () => {
    expect(
      speakersIn([
        '“The worst is yet to come,” said IMF chief economist Pierre-Olivier Gourinchas. Countries will contract next year, suggesting that 2023 “will feel like a recession” to many, he said Tuesday.',
      ]),
    ).toEqual(['Pierre-Olivier Gourinchas', 'Pierre-Olivier Gourinchas']);
  });
});

describe('a subject left out or put after the verb', () => {
  it('"«…», dijo." is not a body named after "para la" in the sentence before', () => {
    expect(
      speakersIn(
        [
          'Por su parte, el presidente del Gobierno, Pedro Sánchez, manifestó su tristeza. También recordó que efectivos del Ministerio para la Transición Ecológica participan en el operativo. “Mucha precaución con el fuego”, dijo.',
        ],
        'es',
      ),
    ).toEqual(['Pedro Sánchez']);
  });

  it('"Cuatro años después, valora que …" names no one', () => {
    const [speaker] = speakersIn(
      [
        'Yarithza Mairena fue expulsada de la universidad en 2018.',
        'Cuatro años después, valora que la situación se ha agravado. “No se permite el cuestionamiento dentro de los recintos”, denuncia.',
      ],
      'es',
    );
    expect(speaker).not.toBe('Cuatro años después');
  });

  it('"Das hält er für sinnvoll: „…“": the pronoun after the verb speaks', () => {
    expect(
      speakersIn(
        [
          'Hendrik Streeck hat die Doku am Montag gelobt.',
          'Auch Debatten, das Format in Schulen zu zeigen, hält er für sinnvoll – mit Einschränkungen: „Man muss das altersgerecht tun.“ Er sehe darin eine Chance: „Ich halte nicht viel davon, von oben herab zu sprechen.“',
        ],
        'de',
      ),
    ).toEqual(['Hendrik Streeck', 'Hendrik Streeck']);
  });

  it('"Mit Aviv ging sie …. „…“": the pronoun after the verb, not the name fronted before it', () => {
    expect(
      speakersIn(
        [
          'Liat Atzili wurde im Oktober als Geisel genommen. „Ich sagte, dass das unmöglich wahr sein konnte“, erinnert sie sich.',
          'Mit Aviv ging sie in den Schutzraum. „Unzählige Luftschutzsirenen heulten gleichzeitig, wir hörten Gewehrfeuer.“',
        ],
        'de',
      ),
    ).toEqual(['Liat Atzili', 'Liat Atzili']);
  });

  it('"Ihre Arbeit hat sie … gebracht: „…“": "sie" after the verb may be its object', () => {
    const speakers = speakersIn(
      [
        'José Rizal ist der Nationalheld des Landes. Sein Denkmal steht im Park, sagte der Führer.',
        'Die Recherche von Patricia Evangelista ist düster. Ihre Arbeit hat sie oft an die Grenze dessen gebracht, was sich beschreiben lässt: „Als die Morde ihren Höhepunkt erreichten, gab es jede Nacht neue Leichen.“',
      ],
      'de',
    );
    expect(speakers.at(-1)).not.toBe('José Rizal');
  });

  it('"aus welcher er auswählen sollte. „…“": a relative clause’s pronoun is not the sentence’s', () => {
    const [speaker] = speakersIn(
      [
        'Wolfgang Pichler hatte die Schwedinnen geformt. In den Monaten nach den Olympischen Winterspielen wurde ihm eine Riege Biathleten präsentiert, aus welcher er auswählen sollte. „Einige Monate später habe ich noch mehr Athleten getestet.“',
      ],
      'de',
    );
    expect(speaker).not.toBe('Olympischen Winterspielen');
  });

  it('"Als Generalsekretär übernehme er die Verantwortung, „…“" is his, not the role’s', () => {
    expect(
      speakersIn(
        [
          'Bijan Djir-Sarai, FDP-Generalsekretär, tritt zurück.',
          'In einem Statement sagte der 48-Jährige: „Ich habe unwissentlich falsch über ein internes Dokument informiert.“ Das sei nicht seine Absicht gewesen. Als Generalsekretär übernehme er die politische Verantwortung, „um Schaden von meiner Glaubwürdigkeit abzuwenden“.',
        ],
        'de',
      ),
    ).toEqual(['Bijan Djir-Sarai', 'Bijan Djir-Sarai']);
  });
});

describe('German attributions after the quote', () => {
  it('"„…“, ereiferte sich der Coach": a reflexive verb before its subject', () => {
    expect(
      speakersIn(
        [
          'Murat Yakin ist der Trainer der Schweiz.',
          'Yakin entschied sich schnell. „Das ist eine Regel, die mit Fußball nichts zu tun hat“, ereiferte sich der Coach nach dem Spiel.',
        ],
        'de',
      ),
    ).toEqual(['Murat Yakin']);
  });

  it('", so Yakin," credits the quote before it in the same sentence', () => {
    expect(
      speakersIn(
        [
          'Murat Yakin ist der Trainer der Schweiz.',
          'Nach dem Ausgleich habe die Schweiz „das Momentum auf unserer Seite“ gehabt, so Yakin, „wir waren dominant und spielbestimmend“.',
        ],
        'de',
      ),
    ).toEqual(['Murat Yakin', 'Murat Yakin']);
  });
});

describe('Italian verbs in the imperfect and the simple past', () => {
  it('"Il New York Times scriveva: «…»" credits the paper', () => {
    expect(
      speakersIn(
        [
          'Il New York Times scriveva in serata: «L’Iran ha arrestato spesso stranieri e individui con doppia cittadinanza per scambiarli».',
        ],
        'it',
      ),
    ).toEqual(['New York Times']);
  });
});

describe('a name line above a picture credit and the quote', () => {
  it('signs the quote below the credit', () => {
    expect(
      speakersIn([
        'Nat Turner’s Bible',
        'Mark Person, Richmond, Va.',
        'Justin T. Gellerson for The New York Times',
        '“It’s been in the family since 1912 and was kept on top of a piano, then a closet, then a safe deposit box.”',
        'Mr. Person’s ancestors had owned Nat Turner as a slave.',
      ]),
    ).toEqual(['Mark Person']);
  });
});

describe('a role whose body is named before it', () => {
  it('keeps a lower-case noun between the body and the role word, in English', () => {
    expect(
      roleOf([
        'The host, National Resources Defense Council board member Nicole Lederer, has said the pipeline “is against the best interest of our country.”',
      ]),
    ).toBe('National Resources Defense Council board member');
  });

  it('keeps a body of six words with its "of"', () => {
    expect(
      roleOf([
        '“Further studies could help us understand these animals,” said University of California San Diego scientist Aaron Thode.',
      ]),
    ).toBe('University of California San Diego scientist');
  });
});
