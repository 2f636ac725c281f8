import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Words credited to a body's document ("according to a statement from …", "heißt es in der Mitteilung
 * des …", "selon un communiqué de …"): the body that issued it speaks. Made-up paragraphs.
 */
const rolesOf = (paragraphs: string[], lang = 'en') =>
  quotesIn(paragraphs, lang).map((q) => q.speaker?.role ?? null);

describe('a document and its issuer', () => {
  it('German: „…“, heißt es in der Mitteilung des Verbands — the body named after the document', () => {
    expect(
      speakersIn(
        [
          'Die Trainerin Anna Weber hatte sich am Morgen zuversichtlich gezeigt.',
          '„Beide Athleten sind isoliert und zeigen keine Symptome“, heißt es in der Mitteilung des DOSB.',
          '„Die Lage bleibt angespannt und wir beobachten sie weiter“, hieß es in einer Erklärung der Stadtwerke München.',
        ],
        'de',
      ),
    ).toEqual(['DOSB', 'Stadtwerke München']);
  });

  it('German: "it is said" with no issuer names no one, not the person in play', () => {
    expect(
      speakersIn(
        [
          'Die Ministerin Anna Weber stellte den Bericht am Dienstag in Berlin vor.',
          '„Die Rechte der Kinder können durch Investitionen gestärkt werden“, heißt es in einem Bildtext auf der Website.',
          '„Wir werden die Lage genau beobachten und schnell handeln“, heißt es.',
        ],
        'de',
      ),
    ).toEqual([null, null]);
  });

  it('German: a body’s common noun in the genitive is that body, without its case ending', () => {
    expect(
      speakersIn(
        [
          'Die Regierung in Seoul bestätigte am Montag den Auftritt des Machthabers.',
          '„Grundlose Berichte haben zuletzt unnötige Verwirrung gestiftet“, hieß es in einer Erklärung des Ministeriums.',
        ],
        'de',
      ),
    ).toEqual(['Ministerium']);
  });

  it('French, Spanish and Portuguese: the issuer after «de», «del», «do»', () => {
    expect(
      speakersIn(
        [
          '« La situation reste tendue et nous la suivons de près », selon un communiqué de la préfecture du Rhône.',
        ],
        'fr',
      ),
    ).toEqual(['préfecture du Rhône']);
    expect(
      speakersIn(
        [
          '«La situación sigue siendo tensa y la seguimos de cerca», señaló un comunicado del Ministerio de Defensa.',
        ],
        'es',
      ),
    ).toEqual(['Ministerio de Defensa']);
    expect(
      speakersIn(
        ['"As Forças Armadas estão comprometidas com a democracia brasileira", diz o comunicado do STF.'],
        'pt',
      ),
    ).toEqual(['STF']);
  });

  it('guards: a date after the link is no issuer, and a name before the document keeps its subject', () => {
    expect(
      speakersIn(
        [
          'Il sindaco di Milano, Marco Rossi, ha presentato il piano martedì.',
          '«Abbasseremo le tasse alle famiglie che lavorano», ha detto in una nota del 12 maggio.',
        ],
        'it',
      ),
    ).not.toContain('12 maggio');
    expect(
      speakersIn(
        ['“We never received the money we were promised,” said Doe in a statement from her lawyer.'],
        'en',
      ),
    ).toEqual(['Doe']);
  });
});

describe('a title of office before a name', () => {
  it('keeps the title its modifier needs ("First Lady", "State Sen.")', () => {
    expect(
      rolesOf([
        'First Lady Michelle Obama said: “We are proud of what we did for the children of this country.”',
        'State Sen. Michael Doherty said: “We’re struggling tremendously with the costs of housing here.”',
      ]),
    ).toEqual(['First Lady', 'State Sen.']);
  });

  it('still drops a courtesy title after a role ("Labour MP Sir Keir Starmer" is a Labour MP)', () => {
    expect(
      rolesOf(['Labour MP Sir Keir Starmer said: “We will keep going no matter what happens next.”']),
    ).toEqual(['Labour MP']);
  });
});
