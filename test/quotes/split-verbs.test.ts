import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 51: German and Dutch verbs of saying in two parts hold their subject between the parts
 * ("„…“, teilte die Polizei mit", "„…”, gaf de directeur toe") — made-up text.
 */

describe('a split verb after the quote', () => {
  it('takes the subject between its parts, not whoever spoke before ("teilte die Polizei mit")', () => {
    expect(
      speakersIn(
        [
          '„Das ist ein fatales Signal für den Standort“, sagte Markus Söder am Morgen.',
          '„Wir prüfen den Vorfall sehr genau“, teilte die Polizei mit.',
        ],
        'de',
      ),
    ).toEqual(['Markus Söder', 'Polizei']);
  });

  it('with words after the subject ("teilte eine Sprecherin auf Anfrage mit")', () => {
    expect(
      speakersIn(
        [
          'Der Konzern weist die Vorwürfe von sich. „Wir haben die Integrität unserer Plattform geschützt“, teilte eine Sprecherin auf Anfrage mit.',
        ],
        'de',
      ),
    ).toEqual(['Sprecherin']);
  });

  it('reads the German verbs of admitting and making clear ("gab … zu", "stellte … klar")', () => {
    expect(
      speakersIn(
        [
          '„Wir haben Fehler gemacht“, gab der Vorstandschef am Dienstag zu.',
          '„Es gibt keine Verzögerungen beim Bau“, stellte Ministerin Anna Berg klar.',
        ],
        'de',
      ),
    ).toEqual(['Vorstandschef', 'Anna Berg']);
  });

  it('Dutch: "gaf de directeur toe"', () => {
    expect(speakersIn(['„We hebben fouten gemaakt bij de planning”, gaf de directeur toe.'], 'nl')).toEqual([
      'directeur',
    ]);
  });

  it('still reads a split verb whose parts come together before a colon ("teilte am Abend mit:")', () => {
    expect(speakersIn(['Der Sprecher teilte am Abend mit: „Wir prüfen alles noch einmal.“'], 'de')).toEqual([
      'Sprecher',
    ]);
  });
});

describe('a German body’s noun with its capital', () => {
  it('"sagte die Polizei" is the police, not the one who spoke before', () => {
    expect(
      speakersIn(
        [
          '„Das ist ein fatales Signal für den Standort“, sagte Markus Söder am Morgen.',
          '„Wir prüfen den Vorfall sehr genau“, sagte die Polizei.',
        ],
        'de',
      ),
    ).toEqual(['Markus Söder', 'Polizei']);
  });

  it('a lower-case adjective is no body’s noun ("zentrale Ziele" brings in no body called "Ziele")', () => {
    expect(
      speakersIn(
        [
          'Die Geiselnahmen seien zentrale Ziele des Angriffs gewesen, betont der Bericht. „Der Angriff richtete sich gegen die Zivilbevölkerung“, teilte die Organisation mit.',
        ],
        'de',
      ),
    ).toEqual(['Organisation']);
  });
});

describe('a second verb after a first one set after a comma', () => {
  it('shares the first verb’s subject, not the sentence’s opening words ("…, says Ann Lee, and adds:")', () => {
    expect(
      speakersIn([
        'It is only a matter of time, says the writer and philosopher Ann Lee, and adds: “People will still work in the future.”',
      ]),
    ).toEqual(['Ann Lee']);
  });
});
