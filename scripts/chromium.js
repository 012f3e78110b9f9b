// How every browser test and benchmark starts the system Chromium (Debian's package; Playwright's own
// browser download does not work on these machines). As root, and on a closed network, Chromium needs
// the sandbox off and its background networking silenced.

/** The Chromium binary: `CHROMIUM_PATH`, or Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every launch uses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright's `chromium.launch`. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
