// Node execute runner: playwright-core connected over $CDP_URL, `page` bound, top-level await allowed.
// The code runs through V8's REPL mode (inspector Runtime.evaluate), so the last expression's value
// is known; it is written to $FIRECRAWL_RESULT_FILE as {result} or {error}.
import inspector from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.FIRECRAWL_PLAYWRIGHT_CORE);
const source = readFileSync(process.env.FIRECRAWL_CODE_FILE, 'utf8');

const STRINGIFY = `function () {
  try { const s = JSON.stringify(this); return s === undefined ? String(this) : s; }
  catch (e) { return String(this); }
}`;

async function evaluate(session) {
  const { result, exceptionDetails } = await session.post('Runtime.evaluate', {
    expression: source, replMode: true, awaitPromise: true, objectGroup: 'execute',
  });
  if (exceptionDetails) {
    const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
    process.stderr.write(text + '\n');
    return { error: text.split('\n')[0] };
  }
  if (result.type === 'undefined' || result.subtype === 'null') return {};
  if (result.type === 'string') return { result: result.value };
  if (!result.objectId) return { result: String(result.value ?? result.unserializableValue ?? result.description) };
  const { result: text } = await session.post('Runtime.callFunctionOn', {
    objectId: result.objectId, functionDeclaration: STRINGIFY, returnByValue: true,
  });
  return { result: text.value };
}

const browser = await chromium.connectOverCDP(process.env.CDP_URL);
const context = browser.contexts()[0] ?? await browser.newContext();
// the page the session shows (as the live view picks it): the first one that is not blank
const page = context.pages().find(p => p.url() !== 'about:blank') ?? context.pages()[0] ?? await context.newPage();
Object.assign(globalThis, { browser, context, page, chromium, require });

const session = new inspector.Session();
session.connect();
let outcome = {};
try {
  outcome = await evaluate(session);
} catch (e) {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  outcome = { error: String(e?.message ?? e) };
} finally {
  writeFileSync(process.env.FIRECRAWL_RESULT_FILE, JSON.stringify(outcome));
  session.disconnect();
  await browser.close(); // over CDP this only disconnects: the session's browser keeps running
}
process.exit(outcome.error === undefined ? 0 : 1);
