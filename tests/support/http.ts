import { baseURL } from './browser';

export const DEMO_PASSWORD = 'demo-Assembly-2026';

/**
 * A tiny HTTP client with a cookie jar, for tests that talk to the built server the way a
 * browser without JavaScript would: it keeps cookies, reads the CSRF token from pages, and
 * posts forms.
 */
export class Client {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly base = baseURL()) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader();
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    this.remember(response);
    return response;
  }

  /** GETs a page and keeps its CSRF token for the next form. */
  async get(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const response = await this.request(path);
    const html = await response.text();
    const token = /name="csrf" value="([^"]*)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, html, location: response.headers.get('location') };
  }

  async post(path: string, fields: Record<string, string> = {}, { csrf = true } = {}) {
    const body = new URLSearchParams(fields);
    if (csrf && !('csrf' in fields)) body.set('csrf', this.csrf);
    const response = await this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: this.base },
      body,
    });
    return {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
    };
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.get('/login');
    const result = await this.post('/login', { email, password, redirectTo: '/' });
    if (result.status !== 303) throw new Error(`Sign-in of ${email} failed with ${result.status}`);
    await this.get('/');
    return this;
  }
}
