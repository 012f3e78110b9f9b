/** The Chromium binary: `CHROMIUM_PATH`, or Debian's. */
export declare const chromiumPath: string;
/** The flags every launch uses. */
export declare const chromiumArgs: string[];
/** Launch options for Playwright's `chromium.launch`. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
