import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * Serves one page of HTML on 127.0.0.1 for the tests of the enclosing describe block: started
 * before them, closed after. `url` is read inside the tests (the port is known only once started).
 */
export function usePageServer(html: string, path = '/news/bridge'): { readonly url: string } {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  });
  // Idle keep-alive connections from the browser would hold close() back until they time out.
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    get url() {
      return url;
    },
  };
}
