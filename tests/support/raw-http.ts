import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Bytes of the request body written before the response began. */
  sent: number;
}

/**
 * A request written by hand, for what fetch will not send: a forged Host header, a body that
 * claims a size, or a body streamed in pieces until the server answers. The body stops being
 * written as soon as the response starts.
 */
export function rawRequest(
  url: string,
  {
    method = 'GET',
    path,
    headers = {},
    body,
  }: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    /** A string, or a generator of chunks (streamed, chunked when no Content-Length is given). */
    body?: string | (() => Generator<Buffer>);
  },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        // Whatever part of the body is left unsent is not wanted any more.
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          sent,
        });
      });
      res.on('error', reject);
    });
    // The server may close the connection on an oversized body before we finish writing.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (typeof body === 'string') {
      sent = Buffer.byteLength(body);
      req.end(body);
      return;
    }
    if (!body) {
      req.end();
      return;
    }
    const chunks = body();
    const pump = () => {
      while (!answered && !req.destroyed) {
        const next = chunks.next();
        if (next.done) {
          req.end();
          return;
        }
        sent += next.value.byteLength;
        if (!req.write(next.value)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

/** `count` chunks of `size` bytes of a form field, for bodies larger than any form. */
export function* formFiller(count: number, size = 64 * 1024): Generator<Buffer> {
  yield Buffer.from('email=a%40b.example&password=');
  const chunk = Buffer.alloc(size, 'x');
  for (let i = 0; i < count; i++) yield chunk;
}
