import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Languages that leave the subject out («…», afirmó.): the verb alone, after an auxiliary or before an
 * adverb, credits the person already speaking. Made-up paragraphs.
 */

describe('a verb of saying with its subject left out', () => {
  it('Italian: an auxiliary before the verb is no subject («…», ha detto.)', () => {
    expect(
      speakersIn(
        [
          "Il ministro dell'Economia, Marco Rossi, ha presentato il piano martedì a Roma.",
          '«Abbasseremo le tasse alle famiglie che lavorano», ha detto.',
        ],
        'it',
      ),
    ).toEqual(['Marco Rossi']);
  });

  it('Spanish: an adverb after the verb is no subject («…», insistió ayer. / aseguró luego en …)', () => {
    expect(
      speakersIn(
        [
          'El ministro de Economía, Juan Pérez, presentó el plan el martes en Madrid ante los diputados.',
          '«Es el mejor plan posible para el país», insistió ayer.',
          '«No hay otra salida para las familias», aseguró luego en una entrevista.',
        ],
        'es',
      ),
    ).toEqual(['Juan Pérez', 'Juan Pérez']);
  });

  it('Portuguese and French: the same with their own adverbs', () => {
    expect(
      speakersIn(
        [
          'O ministro da Economia, João Silva, apresentou o plano na terça-feira em Lisboa.',
          '«Vamos baixar os impostos das famílias», afirmou depois.',
        ],
        'pt',
      ),
    ).toEqual(['João Silva']);
    expect(
      speakersIn(
        [
          'La ministre de la Santé, Claire Martin, a présenté le plan mardi à Paris.',
          '« Aucun service ne sera fermé cette année dans la région », a ajouté hier la ministre.',
        ],
        'fr',
      ),
    ).toEqual(['Claire Martin']);
  });

  it('an English article after the verb is still the subject’s (“…,” said a spokesman for …)', () => {
    expect(
      speakersIn(
        [
          'The council approved the budget on Monday.',
          '“We expect the work to start next spring,” said a spokesman for the council.',
        ],
        'fr',
      ),
    ).toEqual(['spokesman']);
  });
});
