import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Cues in a clause that goes on around the quote: a verb that credits after a quote also leading to
 * one, and a sentence that runs past its quote before naming the speaker. Made-up paragraphs in the
 * shapes seen on unlabelled news pages.
 */

describe('a lead verb closing the clause before a quote', () => {
  it('"The report states: “…”" and "X, a role, highlights that “…”"', () => {
    expect(
      speakersIn([
        'The Pemberton Institute report states: “Emissions decline by about 45 percent from 2010 levels by 2030 in most pathways.”',
        'Paula Verheyen, deputy general manager of the airline, highlights that “one of the fundamental pillars has been to offer a comfortable trip.”',
      ]),
    ).toEqual(['Pemberton Institute', 'Paula Verheyen']);
  });

  it('guard: a capitalised "States" closes no clause with a verb', () => {
    expect(
      speakersIn([
        'Delegates from the United States: “We will never accept this kind of behaviour from any country.”',
      ]),
    ).toEqual([null]);
  });
});

describe('a sentence that runs past its quote', () => {
  it('“…” in Iowa, said X: the inverted verb after the comma names who said it', () => {
    expect(
      speakersIn([
        'There is “less drive to pick a winner since it is so unclear who the winner will be” in Iowa, said Pat Rynard, managing editor of a local site.',
        '“We are like every other school district” trying to keep students safe, says Jennifer Johnson, a spokesperson for the schools.',
      ]),
    ).toEqual(['Pat Rynard', 'Jennifer Johnson']);
  });

  it('guard: a subject before the comma is the subject ("Mayer, the chairman, said Tuesday")', () => {
    expect(
      speakersIn([
        '“We had some issues with customer service that did not make me feel good,” Mayer, the company’s chairman of streaming, said Tuesday at a conference.',
      ]),
    ).toEqual(['Mayer']);
  });
});

describe('verbs of saying met on unlabelled pages', () => {
  it('Spanish expresó and planteó, German resümierte and lästerte', () => {
    expect(
      speakersIn(
        [
          '“El sector industrial ha sido clave en el crecimiento del país”, expresó Celso Marranzini, presidente de la asociación.',
          'La ministra Ana López habló el lunes ante la prensa.',
          '“La presencia de las nuevas generaciones se hace necesaria en las empresas”, planteó.',
        ],
        'es',
      ),
    ).toEqual(['Celso Marranzini', 'Ana López']);
    expect(
      speakersIn(
        [
          'Die Siegerin Anna Lindqvist resümierte nach dem Wettkampf: „Das war heute ein richtig schwerer Wettkampf für die Jury.“',
          '„Sein Vater ist nervös und versucht den kleinsten Typen im Team zu bekämpfen“, lästerte der Promoter Alexander Krassyuk.',
        ],
        'de',
      ),
    ).toEqual(['Anna Lindqvist', 'Alexander Krassyuk']);
  });
});

describe('whose clause the verb is', () => {
  it('a subordinate clause or a participle’s agent before the subject is no part of it', () => {
    expect(
      speakersIn([
        'When officers went to Heidnik’s home, former police lieutenant James Hansen recalls, it was “sort of intimidating, with metal doors and bars on every window”.',
      ]),
    ).toEqual(['James Hansen']);
  });

  it('a relative "who" closes its person’s name; an opening phrase with no comma is no part of the subject', () => {
    expect(
      speakersIn([
        'The move was criticised by several politicians and the writer Jane Roe who wrote on X: ‘They want to make sure the war goes on for another year.’',
        'Crowds gathered near the river all afternoon. On social media the Metropolitan Police said: ‘A further 20 to 25 have now gathered in the gardens and arrests are being made.’',
      ]),
    ).toEqual(['Jane Roe', 'Metropolitan Police']);
  });

  it('"what it calls a “…”" credits the one who calls it so', () => {
    expect(
      speakersIn([
        'The Ministry of Foreign Affairs has condemned what it calls a “blatant and unprovoked act of aggression” on civilian areas.',
      ]),
    ).toEqual(['Ministry of Foreign Affairs']);
  });

  it('a passive verb of saying with no agent names no one ("is benignly branded “…”")', () => {
    expect(
      speakersIn([
        'Mayor Ann Lee visited the school on Monday. The tech the district wants is benignly branded “intelligent video analytics for every classroom in the city.”',
      ]),
    ).toEqual([null]);
  });

  it('"when asked if …" is no cue; the participle after the main verb credits the sentence’s subject', () => {
    expect(
      speakersIn([
        'However, when asked if she had any advice for the singer about growing older, Donna Kelce dismissed the idea, noting, “She doesn’t need my advice on anything at all.”',
      ]),
    ).toEqual(['Donna Kelce']);
  });

  it('guard: a question put "when asked, “…”" is nobody’s named words', () => {
    expect(
      speakersIn([
        'This brings us to what Steve said when asked, “What’s the number one piece of advice you’d give?”',
      ]),
    ).toEqual([null]);
  });

  it('Spanish: "que" right before the verb leaves its subject out; the main clause’s name speaks', () => {
    expect(
      speakersIn(
        [
          'Mientras tanto, Alvarado negaba que el país fuera a pagar un rescate, a la vez que aseveró que “este ataque no es un tema de dinero, sino de estabilidad”.',
          'Posteriormente, Berríos emitió un comunicado en el que expresó que “he tomado conocimiento de la denuncia en mi contra”.',
        ],
        'es',
      ),
    ).toEqual(['Alvarado', 'Berríos']);
  });
});
