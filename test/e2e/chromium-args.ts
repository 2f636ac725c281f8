/**
 * The flags that let Debian's Chromium run headless here with unpacked extensions: without the
 * background-networking ones it floods this offline machine with refused connections.
 */
export function chromiumArgs(extensionDirs: readonly string[], extra: readonly string[] = []): string[] {
  const dirs = extensionDirs.join(',');
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extra,
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
  ];
}
