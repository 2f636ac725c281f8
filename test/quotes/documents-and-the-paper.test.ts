import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 52: a court's or a body's text that speaks for itself, the paper itself addressed
 * between a verb and its subject, and an Indonesian ministry's portfolio — made-up text.
 */

describe('a document with no author in sight', () => {
  it('speaks for itself ("the lawsuit says")', () => {
    expect(
      speakersIn([
        '“The defendants acted with malice and without regard for public safety,” the lawsuit says.',
      ]),
    ).toEqual(['lawsuit']);
  });

  it('a ruling too ("the ruling said")', () => {
    expect(
      speakersIn(['“The ban was lawful and proportionate to the risk it addressed,” the ruling said.']),
    ).toEqual(['ruling']);
  });

  it('a text goes on with the body whose statement it is ("añade el texto")', () => {
    expect(
      speakersIn(
        [
          'El Ministerio de Sanidad ha publicado un comunicado. «La situación está bajo control en todos los hospitales», explica el ministerio.',
          '«Tenemos camas suficientes para todos los pacientes que lleguen», añade el texto.',
        ],
        'es',
      ),
    ).toEqual(['Ministerio de Sanidad', 'Ministerio de Sanidad']);
  });
});

describe('the paper itself, addressed between the verb and its subject', () => {
  it('is no part of the subject ("ha declarado a este periódico Juan Pérez")', () => {
    expect(
      speakersIn(
        [
          '«La situación está bajo control», ha declarado a este periódico Juan Pérez, director del hospital.',
        ],
        'es',
      ),
    ).toEqual(['Juan Pérez']);
  });

  it('in Portuguese after the plain "a", which before a name is an article ("disse a este jornal")', () => {
    expect(
      speakersIn(
        [
          '«A situação está sob controlo», disse a este jornal o presidente da câmara.',
          '«Vamos reabrir a escola na segunda-feira», disse a Ana Silva, diretora da escola.',
        ],
        'pt',
      ),
    ).toEqual(['presidente da câmara', 'Ana Silva']);
  });
});

describe('an Indonesian portfolio', () => {
  it('is part of the role, not the name ("Juru bicara Kementerian Luar Negeri Roy Soemirat")', () => {
    expect(
      speakersIn(
        ['"Kami menolak tuduhan itu sepenuhnya," kata Juru bicara Kementerian Luar Negeri Roy Soemirat.'],
        'id',
      ),
    ).toEqual(['Roy Soemirat']);
  });

  it('and with no name after it the role speaks ("kata Juru bicara Kementerian Luar Negeri")', () => {
    expect(
      speakersIn(['"Kami menolak tuduhan itu sepenuhnya," kata Juru bicara Kementerian Luar Negeri.'], 'id'),
    ).toEqual(['Juru bicara Kementerian Luar Negeri']);
  });
});
