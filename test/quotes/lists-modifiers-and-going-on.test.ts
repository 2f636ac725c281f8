import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 53: a body's name in a list is nobody's role, a capitalised modifier is no first name, and
 * "continued to act" is no saying — made-up text.
 */

describe('a delegation and the bodies listed after it', () => {
  it('is the delegation, not a name from the list ("including South Africa, the African Union")', () => {
    expect(
      speakersIn([
        'Appearing before the court, the South African delegation said the state continued to act with ‘impunity’, arguing that ‘it does not care to fulfil its obligations’.',
        'The hearings heard from some 40 countries and bodies, including South Africa, the African Union, the UN, Palestine, China and the US.',
      ]),
    ).toEqual(['South African delegation']);
  });

  it('"continued to act" and "added to the confusion" are no verbs of saying', () => {
    expect(
      speakersIn([
        'The minister said the army continued to act “with the utmost restraint in every region it holds”.',
        'Jane Roe said the delay added to the “deep frustration felt by families waiting for news”.',
      ]),
    ).toEqual(['minister', 'Jane Roe']);
  });

  it('but "continued" and "added" still say ("“…,” he continued", "she added to reporters")', () => {
    expect(
      speakersIn([
        'Tom Harris, the mayor, spoke first. “We will rebuild,” he continued.',
        'Jane Roe, the fire chief, spoke next. “We need more crews,” she added to reporters.',
      ]),
    ).toEqual(['Tom Harris', 'Jane Roe']);
  });
});

describe('a capitalised modifier', () => {
  it('does not call up someone by a first name it shares ("South African" is not "South Africa")', () => {
    expect(
      speakersIn([
        'Representatives came from South Africa and 40 other countries.',
        'Appearing before the court, the South African delegation said Israel continued to act with ‘impunity’, arguing that ‘it does not care to fulfil its obligations’.',
      ]),
    ).toEqual(['South African delegation']);
  });
});
