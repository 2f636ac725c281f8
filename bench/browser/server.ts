import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * Serves corpus pages (gzipped files in ../shared/bench, gunzipped on the fly) at
 * http://127.0.0.1:<port>/<index>/. A CSP header keeps each page from fetching
 * anything (the machine is offline, and a page waiting on dead hosts would time
 * its own load, not the popup); the pages were saved with scripts off anyway.
 */
export async function servePages(
  files: readonly string[],
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const match = /^\/(\d+)\/$/.exec(request.url ?? '');
    const file = match ? files[Number(match[1])] : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const html = gunzipSync(await readFile(file));
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
