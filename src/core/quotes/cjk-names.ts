import type { Speaker } from '../types';
import { isCjk } from './text';

const CJK_NAME = /(\p{Script=Han}{2,6})(?:総裁|氏|首相|大臣|社長|会長|教授|代表|長官|知事|市長|議員|さん)/gu;

/** Japanese and Chinese names met with a title or honorific (植田和男総裁), to find again by a short form. */
export class CjkNames {
  private readonly names = new Set<string>();

  constructor(paragraphs: readonly string[]) {
    for (const text of paragraphs) {
      if (isCjk(text)) for (const m of text.matchAll(CJK_NAME)) this.names.add(m[1]!);
    }
  }

  /** A name by its first introduction: 植田 → 植田和男. */
  find(name: string): Speaker | undefined {
    const full = [...this.names].find((n) => n.startsWith(name) || name.startsWith(n));
    return full ? { name: full } : undefined;
  }
}
