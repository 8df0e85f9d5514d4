// Where the tests find Chromium: CHROMIUM_PATH if set, else Debian's package. No test tool may
// download a browser of its own on these machines.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    console.error(
      `No Chromium at ${chromiumPath}: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) assertChromium();
