/**
 * A picture's caption or credit line left among the article's paragraphs ("… in Hershey, Penn.
 * Thursday. (LUCAS JACKSON/REUTERS)", "Win McNamee/Getty Images", "Photograph: Stephanie
 * Keith/Reuters"). The people it names are in the picture, not in the sentences around it:
 * "she said" after a caption still means the woman the text named before the picture.
 */

/** "(Jane Doe/Agency)", "Jane Doe / Agency - Other", "Credit: …": a photographer and where the picture comes from. */
const SLASH_CREDIT_END =
  /(?:\([^()]{2,60}\/[^()]{2,60}\)|(?:^|[\s.])\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.&'’-]*(?:[\s-]+\p{Lu}[\p{L}.&'’-]*){0,4})(?<!\.)\s*$/u;
/**
 * "Photograph: …", "Photo by …", "Photographed by …" opening the line or a sentence of it (not
 * "he posted photos: “…”"), "hide caption".
 */
const CREDIT_LABEL =
  /(?:^|[.!?)]\s+|\p{Ll}(?=\p{Lu}))(?:(?:Photograph|Photo|Image|Picture|Illustration)s?\s*(?:by\s|:)|(?:Photographed|Illustrated|Filmed)\s+by\s)|\bhide caption$/u;

/**
 * "Justin T. Gellerson for The New York Times": a photographer's name and the publication the
 * picture was made for, the whole line (a name is two to four capitalised words).
 */
const MADE_FOR =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+for\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u;

export function isCreditLine(paragraph: string): boolean {
  const text = paragraph.trim();
  return SLASH_CREDIT_END.test(text) || CREDIT_LABEL.test(text) || MADE_FOR.test(text);
}

/**
 * Which paragraphs are captions: credit lines, and a line that repeats the start of one without
 * its credit (a page that prints the caption twice: "Sharon Risher, whose mother …" after
 * "Sharon Risher, whose mother … Win McNamee/Getty Images hide caption").
 */
export function captionsOf(paragraphs: readonly string[]): boolean[] {
  const captions = paragraphs.map(isCreditLine);
  const texts = paragraphs.filter((_, p) => captions[p]).map((text) => text.trim());
  // (A page of thousands of credit lines is a gallery: the repeat check would be quadratic there.)
  if (texts.length === 0 || texts.length > MAX_CAPTIONS_COMPARED) return captions;
  return paragraphs.map((text, p) => {
    const line = text.trim();
    return captions[p]! || (line.length >= MIN_REPEAT && texts.some((caption) => caption.startsWith(line)));
  });
}
/** Shorter lines than this ("Reuters") may open a caption without being one. */
const MIN_REPEAT = 25;
const MAX_CAPTIONS_COMPARED = 200;
