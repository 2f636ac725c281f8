import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 51: "it is said in the company's statement" where the issuer follows its document in the
 * genitive with no word between (Russian) — made-up text.
 */

describe('an impersonal verb and a document whose issuer follows in the genitive', () => {
  it('gives the words to the body, in the nominative ("говорится в заявлении компании")', () => {
    expect(
      speakersIn(
        [
          'В Кремле заявили, что «не видят оснований для беспокойства».',
          '«Компания выполнит все свои обязательства перед клиентами», — говорится в заявлении компании.',
          '«Все силы брошены на ликвидацию последствий», — говорится в сообщении министерства.',
        ],
        'ru',
      ),
    ).toEqual(['Кремль', 'компания', 'министерство']);
  });

  it('not to a body whose short noun only begins a person’s word ("судьи", a judge’s, is no "суд")', () => {
    expect(
      speakersIn(['«Решение будет пересмотрено в ближайшее время», — говорится в обращении судьи.'], 'ru'),
    ).toEqual([null]);
  });
});

describe('an Italian "one reads" and an elided link to the issuer', () => {
  it('gives the words to the body ("si legge in una nota dell’azienda")', () => {
    expect(
      speakersIn(
        [
          'Secondo il sindaco di Milano, Giuseppe Sala, «la città non può fermarsi».',
          '«Abbiamo fatto tutto il possibile per i lavoratori», si legge in una nota dell’azienda.',
          '«Siamo soddisfatti dell’accordo raggiunto», si legge in un comunicato della Fiom.',
        ],
        'it',
      ),
    ).toEqual(['Giuseppe Sala', 'azienda', 'Fiom']);
  });
});

describe('a body and its name ending the clause after the verb', () => {
  it('Polish: "– napisała w oświadczeniu spółka Orlen"', () => {
    expect(
      speakersIn(
        [
          'Minister zdrowia dodał: „Szpitale są przygotowane na każdy scenariusz”.',
          '„Nie zgadzamy się z tą decyzją zarządu” – napisała w oświadczeniu spółka Orlen.',
        ],
        'pl',
      ),
    ).toEqual(['Minister zdrowia', 'Orlen']);
  });
});

describe('a word of courtesy and one name, then a role', () => {
  it('Polish: the name speaks, not the place in the role ("mówi pani Anna, mieszkanka Kłodzka")', () => {
    expect(
      speakersIn(['„To był najgorszy dzień w moim życiu” – mówi pani Anna, mieszkanka Kłodzka.'], 'pl'),
    ).toEqual(['Anna']);
  });

  it('Spanish: "cuenta doña Carmen, vecina del barrio"', () => {
    expect(
      speakersIn(['«Fue el peor día de mi vida», cuenta doña Carmen, vecina del barrio.'], 'es'),
    ).toEqual(['Carmen']);
  });
});

describe('the one addressed between a Romance verb and its subject', () => {
  it('is no part of the subject and leaves it to speak ("contou à Lusa uma moradora")', () => {
    expect(
      speakersIn(
        [
          'Segundo a ministra da Saúde, Ana Paula Martins, «os hospitais estão preparados para o inverno».',
          '«Foi o pior dia da minha vida», contou à Lusa uma moradora da zona, que pediu para não ser identificada.',
        ],
        'pt',
      ),
    ).toEqual(['Ana Paula Martins', 'moradora da zona']);
  });

  it('Spanish and Italian: "explicó a los periodistas la portavoz", "ha detto all’Ansa il sindaco"', () => {
    expect(
      speakersIn(['«No hay ninguna prueba de ello», explicó a los periodistas la portavoz.'], 'es'),
    ).toEqual(['portavoz']);
    expect(speakersIn(['«La città non si ferma per nessuno», ha detto all’Ansa il sindaco.'], 'it')).toEqual([
      'sindaco',
    ]);
  });
});
