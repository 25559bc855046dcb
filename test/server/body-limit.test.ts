import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * Body limit on the bytes actually read (issue 10 item 8): chunked bodies carry no Content-Length,
 * so only counting what arrives can refuse them. Raw node:http requests, as a hostile client sends.
 */

let app: TestApp;
let server: Server;
let port: number;

beforeAll(async () => {
  app = await createTestApp({ seed: false });
  server = createHttpServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

interface Sent { status: number; body: string; written: number; ms: number }

/** POSTs `total` bytes with Transfer-Encoding: chunked, stopping as soon as the server answers. */
function sendChunked(total: number, contentType = 'application/json', prefix = '{"query":"{ __typename }","extensions":{"pad":"'): Promise<Sent> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body, written, ms: Date.now() - started }); req.destroy(); });
    });
    req.on('error', (error) => { if (!answered) reject(error); });
    const suffix = '"}}';
    const pad = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      if (written === 0) { req.write(prefix); written += prefix.length; }
      while (!answered && written < total - suffix.length) {
        const n = Math.min(pad.length, total - suffix.length - written);
        written += n;
        if (!req.write(n === pad.length ? pad : pad.subarray(0, n))) { req.once('drain', pump); return; }
      }
      if (!answered && !req.writableEnded) { req.end(suffix); written += suffix.length; }
    };
    pump();
  });
}

function health(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: '/health' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
    }).on('error', reject).end();
  });
}

const MB = 1024 * 1024;

describe('chunked request bodies', () => {
  it('a small chunked body is served', async () => {
    const r = await sendChunked(2000);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([2, 16])('a %i MB chunked body is refused with 413 and a code, without reading it all', async (size) => {
    const r = await sendChunked(size * MB);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // The server stopped reading at the limit: the client was still sending when the answer came.
    if (size === 16) expect(r.written).toBeLessThan(12 * MB);
  });

  it('/health answers quickly while a 16 MB chunked body is being refused', async () => {
    const [refused, probe] = await Promise.all([sendChunked(16 * MB), new Promise((r) => setTimeout(r, 5)).then(health)]);
    expect(refused.status).toBe(413);
    expect(probe.status).toBe(200);
    expect(probe.ms).toBeLessThan(1000);
  });

  it('multipart uploads keep their own, larger limit', async () => {
    const boundary = 'zerenboundary';
    const type = `multipart/form-data; boundary=${boundary}`;
    // 3 MB is over the JSON limit but under the upload limit: not refused for its size.
    const ok = await sendChunked(3 * MB, type, `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}\r\nContent-Disposition: form-data; name="pad"\r\n\r\n`);
    expect(ok.status).not.toBe(413);
    const big = await sendChunked(30 * MB, type, `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n`);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
