import { describe, expect, it } from 'vitest';
import { regularForms } from '../../src/core/quotes/lang/conjugate';
import { speakersIn } from './helpers';

/**
 * Stop 52: every form of a regular Romance verb of saying, from its infinitive; the body a
 * preposition names speaks for a verb with no subject of its own; a demonstrative before a body's
 * noun — made-up text.
 */

describe('regularForms', () => {
  it('gives the third person of the present, the simple past and the imperfect, and the perfect', () => {
    expect(regularForms('es', 'señalar')).toEqual([
      'señala',
      'señalan',
      'señaló',
      'señalaron',
      'ha señalado',
      'han señalado',
      'había señalado',
      'habían señalado',
      'señalaba',
      'señalaban',
    ]);
  });

  it('keeps a changed present stem, and drops the forms that are nouns', () => {
    expect(regularForms('es', 'recordar/recuerda').slice(0, 3)).toEqual(['recuerda', 'recuerdan', 'recordó']);
    expect(regularForms('es', 'denunciar', 'denuncia')).not.toContain('denuncia');
  });

  it('keeps a French soft c and g ("annonça", "jugeait")', () => {
    expect(regularForms('fr', 'annoncer juger')).toEqual(
      expect.arrayContaining(['annonça', 'jugeait', 'a annoncé']),
    );
  });
});

describe('Spanish verbs of saying in every form', () => {
  it('the present plural ("señalan fuentes del ministerio")', () => {
    expect(
      speakersIn(
        ['«Esto es una vergüenza que no podemos permitir», señalan fuentes del Ministerio de Sanidad.'],
        'es',
      ),
    ).toEqual(['fuentes del Ministerio de Sanidad']);
  });

  it('the perfect of a verb listed once ("ha zanjado la ministra")', () => {
    expect(
      speakersIn(
        ['«Es completamente falso y lo vamos a demostrar», ha zanjado la ministra de Hacienda.'],
        'es',
      ),
    ).toEqual(['ministra de Hacienda']);
  });

  it('a participle alone is no verb ("un bloqueo anunciado a principios de mes")', () => {
    expect(
      speakersIn(
        [
          'El portavoz de los insurgentes, Yahya Sarea, habló por la tarde.',
          'Asimismo, indicó que continúan con un «bloqueo» anunciado a principios de mes en la instalación de Tel Aviv «para preservar la seguridad de sus aviones y de sus clientes».',
        ],
        'es',
      ).at(-1),
    ).toBe('Yahya Sarea');
  });
});

describe('Portuguese, Italian and French verbs of saying in every form', () => {
  it('the simple past plural ("afirmaram os moradores")', () => {
    expect(
      speakersIn(['«Não vamos desistir desta luta tão importante», afirmaram os moradores do bairro.'], 'pt'),
    ).toEqual(['moradores do bairro']);
  });

  it('the present plural of a verb listed once ("tuonano i residenti")', () => {
    expect(
      speakersIn(['«Non ci arrenderemo mai in questa battaglia», tuonano i residenti del quartiere.'], 'it'),
    ).toEqual(['residenti del quartiere']);
  });

  it('an Italian plural article opens a group, not a name ("spiegano gli abitanti")', () => {
    expect(
      speakersIn(['«Non ci arrenderemo mai in questa battaglia», spiegano gli abitanti.'], 'it'),
    ).toEqual(['abitanti']);
  });

  it('the present of a verb listed once ("souffle un proche du ministre")', () => {
    expect(
      speakersIn(['« Nous ne lâcherons rien dans cette bataille », souffle un proche du ministre.'], 'fr'),
    ).toEqual(['proche du ministre']);
  });
});

describe('the body a preposition names', () => {
  it('speaks for a verb after the quote with no subject ("apuntan desde el Ministerio")', () => {
    expect(
      speakersIn(
        ['«Esto es una vergüenza que no podemos permitir», apuntan desde el Ministerio de Sanidad.'],
        'es',
      ),
    ).toEqual(['Ministerio de Sanidad']);
  });

  it('and before it ("Desde el Ministerio de Sanidad apuntan que «…»")', () => {
    expect(
      speakersIn(
        ['Desde el Ministerio de Sanidad apuntan que «esto es una vergüenza que no podemos permitir».'],
        'es',
      ),
    ).toEqual(['Ministerio de Sanidad']);
  });

  it('not a place ("apuntan desde Madrid")', () => {
    expect(
      speakersIn(['«Esto es una vergüenza que no podemos permitir», apuntan desde Madrid.'], 'es'),
    ).toEqual([null]);
  });
});

describe('a demonstrative before a body’s noun', () => {
  it('points back to the body named before ("informó este ministerio")', () => {
    expect(
      speakersIn(
        [
          'Los bombardeos continúan, según han informado fuentes del Ministerio de Sanidad gazatí, que cifraron en una veintena el número de fallecidos. «En las últimas 24 horas se contabilizaron 38 muertos y 204 heridos», informó este ministerio en su balance diario.',
        ],
        'es',
      ),
    ).toEqual(['Ministerio de Sanidad']);
  });
});
