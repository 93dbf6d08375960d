import { connect } from 'node:net';

/** A response read off the wire. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The status line and headers exactly as received. */
  head: string;
}

/** How the request line and Host header are written. */
export interface RawOptions {
  /** The Host header's value; null sends none (with HTTP/1.0). Default `[::1]:port`. */
  host?: string | null;
}

/**
 * Sends one request exactly as written (no URL normalisation, any method, any target) to
 * [::1]:port and reads the response until the server closes. A server that drops the
 * connection without answering yields status 0.
 */
export function rawRequest(port: number, method: string, target: string, extraHeaders: string[] = [], body = '', options: RawOptions = {}): Promise<RawResponse> {
  const host = options.host === undefined ? `[::1]:${port}` : options.host;
  const lines = [`${method} ${target} HTTP/1.${host === null ? 0 : 1}`, ...(host === null ? [] : [`Host: ${host}`]), 'Connection: close', ...extraHeaders];
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`, 'Content-Type: application/x-www-form-urlencoded');
  const request = Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(body)]);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '::1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`${method} ${target.slice(0, 80)}: no answer in 15 s`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
    socket.on('end', () => finish());
    socket.write(request);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const raw = Buffer.concat(chunks).toString('latin1');
      const split = raw.indexOf('\r\n\r\n');
      const head = split >= 0 ? raw.slice(0, split) : raw;
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: split >= 0 ? raw.slice(split + 4) : '', head });
    }
  });
}
