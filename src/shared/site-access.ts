/**
 * The host permission Pith asks for to hide clutter on one site: its scheme and host, every port and
 * path. (Match patterns without a port match any port in Chrome and Firefox; Firefox refuses ports.)
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
