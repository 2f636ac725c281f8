import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/quotes/lang';
import { quotesIn } from './helpers';

/**
 * Word orders of languages other than English that put a phrase between a subject and its verb
 * ("Firma ve svém prohlášení uvedla"), or between a verb and its subject ("řekl v rozhovoru pro
 * televizi hejtman X"), and Czech, which has its own data (lang/cs.ts). Made-up sentences.
 */

const speakerOf = (paragraph: string, lang: string) => quotesIn([paragraph], lang)[0]?.speaker ?? null;

describe('Czech', () => {
  it('has its verbs, in both orders, and reflexive ones', () => {
    expect(LANGUAGES.cs?.verbs.length).toBeGreaterThan(0);
    expect(
      speakerOf('„Rozpočet letos nevyjde bez škrtů,“ řekl ministr financí Petr Kučera.', 'cs')?.name,
    ).toBe('Petr Kučera');
    expect(speakerOf('Starostka Jana Malá uvedla: „Most opravíme do konce roku.“', 'cs')).toEqual({
      name: 'Jana Malá',
      role: 'Starostka',
    });
    expect(speakerOf('„Nikdo nás neinformoval,“ stěžuje si obyvatelka Marie Svobodová.', 'cs')?.name).toBe(
      'Marie Svobodová',
    );
  });

  it('gives the nominative of a name inflected after "podle"', () => {
    expect(
      speakerOf('Podle ministra Petra Nového „nejde o žádnou krizi, jen o výkyv cen“.', 'cs')?.name,
    ).toBe('Petr Nový');
    expect(
      speakerOf('Podle mluvčí policie Jany Novákové „pachatel uprchl směrem k nádraží“.', 'cs')?.name,
    ).toBe('Jana Nováková');
  });

  it('reads a place after a preposition as no part of the name that follows it', () => {
    expect(
      speakerOf('Ředitel nemocnice v Motole Jan Novák uvedl: „Provoz poběží dál bez omezení.“', 'cs')?.name,
    ).toBe('Jan Novák');
  });
});

describe('a phrase between the subject and its verb', () => {
  it('is no part of the subject', () => {
    expect(speakerOf('Firma ve svém prohlášení uvedla: „Výroba poběží dál bez omezení.“', 'cs')?.name).toBe(
      'Firma',
    );
    expect(
      speakerOf(
        'La empresa en un comunicado señaló: «No habrá despidos en ninguna de nuestras plantas».',
        'es',
      )?.name,
    ).toBe('empresa');
  });

  it("keeps one word after a role as the role's own, and leaves English alone", () => {
    const judge = quotesIn(
      [
        'Le juge en chef de la cour, Paul Tremblay, a ouvert l’audience.',
        'Plus tard, le juge en chef a déclaré que « la cour ne tolérera aucun retard de cette nature ».',
      ],
      'fr',
    );
    expect(judge[0]?.speaker?.name).toBe('Paul Tremblay');
    expect(
      speakerOf('“We will not close the branch,” a spokesman for the bank in Leeds said on Monday.', 'en')
        ?.name,
    ).toMatch(/spokesman/u);
  });
});

describe('a phrase between the verb and its subject', () => {
  it('reads a role and a name ending the clause as the subject', () => {
    expect(
      speakerOf(
        '„Je to pro nás velká výzva,“ řekl v rozhovoru pro Českou televizi hejtman Josef Bernard.',
        'cs',
      ),
    ).toEqual({ name: 'Josef Bernard', role: 'hejtman' });
    expect(
      speakerOf(
        '«Мы не допустим повторения этой ситуации», — сказал в интервью журналистам глава ведомства Иван Петров.',
        'ru',
      )?.name,
    ).toBe('Иван Петров');
    expect(
      speakerOf(
        '«Non ci saranno nuove tasse per le famiglie», ha detto a margine dell’incontro il ministro Mario Rossi.',
        'it',
      )?.name,
    ).toBe('Mario Rossi');
  });
});

describe('the person addressed and clauses opened by "as"', () => {
  it('skips the person addressed between the verb and its subject', () => {
    expect(
      speakerOf(
        '«Решение уже принято и пересматриваться не будет», — сказал нам собеседник в министерстве.',
        'ru',
      )?.name,
    ).toBe('собеседник');
  });

  it('reads the subject after the verb of an "as" clause, and the one in play when it has none', () => {
    expect(
      speakerOf(
        'Как рассказал журналистам источник в правительстве, «решение уже принято и пересматриваться не будет».',
        'ru',
      )?.name,
    ).toBe('источник');
    expect(
      speakerOf(
        'Como explicó el ministro de Economía, Luis Caputo, «la inflación seguirá bajando todo el año».',
        'es',
      ),
    ).toEqual({ name: 'Luis Caputo', role: 'el ministro de Economía' });
    const inPlay = quotesIn(
      [
        'Rzeczniczka Anna Nowak zabrała głos. W październiku, jak podała w komunikacie, „żadna decyzja jeszcze nie zapadła”.',
      ],
      'pl',
    );
    expect(inPlay[0]?.speaker?.name).toBe('Anna Nowak');
  });

  it('knows Russian verbs of complaint and reassurance, with a pronoun after them', () => {
    const quotes = quotesIn(
      ['Анна Кузнецова живёт рядом со стройкой. «Шум не прекращается даже ночью», — жалуется она.'],
      'ru',
    );
    expect(quotes[0]?.speaker?.name).toBe('Анна Кузнецова');
  });
});
