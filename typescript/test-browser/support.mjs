// Pieces of the browser tests and the browser bench: Debian's chromium driven by playwright-core
// (no browser download), and a server on 127.0.0.1 that sends a strict Content-Security-Policy.

import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const PAGE_DIR = fileURLToPath(new URL("../../docs/_extra/validator/", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The policy the server sends: scripts, styles and requests from the page's own origin only. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

// As the machine notes say: root needs --no-sandbox; without the background-networking flags
// Chromium tries Google's hosts, which this closed network refuses.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Start Debian's chromium, headless; fails with the fix when it is not installed. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** Serve `folder` on 127.0.0.1 with the CSP header; resolves to {url, requests, close()}. */
export async function serve(folder = PAGE_DIR) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^\/+/, "");
    const file = join(folder, path === "" ? "index.html" : path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404, { "Content-Security-Policy": CSP }).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CSP,
      "Cache-Control": "no-store",
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Give the page's file input a file, then wait until the check is done (or failed). */
export async function checkInPage(page, file, timeout = 60_000) {
  await page.setInputFiles("#file", file);
  await page.waitForFunction(() => ["done", "failed"].includes(document.body.dataset.state), null, { timeout, polling: 50 });
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    elapsedMs: Number(document.body.dataset.elapsedMs),
    progressUpdates: Number(document.body.dataset.progressUpdates ?? "0"),
  }));
}
