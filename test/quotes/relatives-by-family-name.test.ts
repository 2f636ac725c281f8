import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/** Stop 53: a relation of someone named, who is the one of that family named just before — made-up text. */

describe('"Travis Kelce’s mom" after "Donna Kelce"', () => {
  it('is the one of the same family name named just before', () => {
    expect(
      speakersIn([
        'Donna Kelce has praised the new album. Speaking at a summit in Las Vegas, Travis Kelce’s mom confirmed, “I listened to the whole album, and I listened to it all morning long.”',
      ]),
    ).toEqual(['Donna Kelce']);
  });

  it('(a guard) but not someone of another family named before', () => {
    const [speaker] = speakersIn([
      'Jane Roe spoke first. Then Tom Harris’s mother said: “He was always kind to everyone he met.”',
    ]);
    expect(speaker).not.toBe('Jane Roe');
    expect(speaker).toMatch(/mother/u);
  });
});
