import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Spanish, French and Italian word order around a quote: a clause, then the verb and its subject
 * set off by commas ("Por eso, añade el juez, «…»"), and a role followed by the body it serves
 * ("el ministro de Asuntos Exteriores"). Made-up paragraphs in the shapes met on unlabelled pages.
 */

describe('a verb and its subject set off by commas before the quote', () => {
  it('"Por eso, añade el juez, “…”" is the judge’s, not the opening words’', () => {
    expect(
      speakersIn(
        [
          'El juez Ángel Herrero ha citado a declarar al fiscal general.',
          'Por eso, añade el juez, “no hay otra opción que citarle como investigado”.',
        ],
        'es',
      ),
    ).toEqual(['Ángel Herrero']);
  });

  it('"Ante estas circunstancias, añade el auto, “…”" is never the opening words', () => {
    const [speaker] = speakersIn(
      [
        'El juez Ángel Herrero ha citado a declarar al fiscal general.',
        'Ante estas circunstancias, añade el auto, “desde la Presidencia se hicieron gestiones para publicar el correo”.',
      ],
      'es',
    );
    expect(speaker).not.toBe('Ante estas circunstancias');
  });

  it('"Pour autant, ajoute le ministre, « … »" is the minister’s', () => {
    const [speaker] = speakersIn(
      [
        'Gérald Darmon, ministre de l’Intérieur, s’est rendu à Lyon.',
        'Pour autant, ajoute le ministre, « nous ne céderons rien aux casseurs ».',
      ],
      'fr',
    );
    expect(speaker).not.toBe('Pour autant');
    expect(speaker).not.toBeNull();
  });
});

describe('a role and the body it serves', () => {
  it('"el ministro de Asuntos Exteriores, José Albares" names Albares, not a person called "Asuntos Exteriores"', () => {
    expect(
      speakersIn(
        [
          'El ministro de Asuntos Exteriores, José Manuel Albares, ha viajado a Madrid.',
          'El ministro de Exteriores propone una autoridad reforzada y recalcó que estaría en la mejor situación para hacerlo “si no se hubiera minado su legitimidad”.',
        ],
        'es',
      ),
    ).toEqual(['José Manuel Albares']);
  });
});

describe('a role, the body it serves, then the name', () => {
  it('"el diputado de Convergencia Social Diego Ibáñez" is Diego Ibáñez', () => {
    expect(
      speakersIn(
        [
          'El diputado de Convergencia Social Diego Ibáñez criticó el plan.',
          '“No podemos seguir haciendo lo mismo”, dijo Ibáñez.',
        ],
        'es',
      ),
    ).toEqual(['Diego Ibáñez']);
  });

  it('but a shorter run after "de" stays a party or a namesake', () => {
    expect(
      speakersIn(
        [
          'Elena Ríos estudió en la Universidad Paulo Freire hasta su cierre.',
          '“Nos quitaron la carrera”, dice Ríos.',
          'Tras el cierre de la Universidad Paulo Freire, se quedó sin poder continuar.',
          '“Hoy hay un silencio, pero es un maquillaje”, dice.',
        ],
        'es',
      ),
    ).not.toContain('Paulo Freire');
  });
});

describe('names that are no one', () => {
  it('"Para Jonathan López, …" credits López, and "Para" is no part of his name', () => {
    expect(
      speakersIn(
        [
          'Jonathan López, estudiante de Derecho, fue expulsado en 2018.',
          'Para Jonathan López, el objetivo del régimen era “silenciar a cualquier costo las voces críticas”.',
        ],
        'es',
      ),
    ).toEqual(['Jonathan López']);
  });

  it('"L’elogio di Trump:" is no person whose surname a later "Trump" stands for', () => {
    expect(
      speakersIn(
        [
          'La premier Giulia Moretti è partita per la Florida. L’elogio di Trump: «Ha preso d’assalto l’Europa, è una leader forte».',
          '«È molto emozionante, sono qui con una donna fantastica», ha detto Trump agli ospiti riuniti nel salone.',
        ],
        'it',
      ).at(-1),
    ).toBe('Trump');
  });
});
