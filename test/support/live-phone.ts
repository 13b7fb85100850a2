import { rawRequest, type RawResponse } from '@test/support/http-request';

/**
 * A phone's browser, scripted: loads the participant page (for its device cookie), sends the Host
 * and Origin a browser sends, and posts answers as the page's own script does. Used by the unit
 * and end-to-end tests of live sessions, on 127.0.0.1 only.
 */
export class ScriptedPhone {
  private cookie: string | null = null;
  private readonly url: URL;

  /** `url`: the session's address, http://127.0.0.1:<port>/<token> */
  constructor(url: string) {
    this.url = new URL(url);
  }

  get token(): string {
    return this.url.pathname.slice(1);
  }

  request(
    path: string,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<RawResponse> {
    return rawRequest({
      host: this.url.hostname,
      port: Number(this.url.port),
      path,
      method: init.method ?? 'GET',
      headers: {
        host: this.url.host,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
  }

  /** Loads the page, as scanning the QR code does; keeps the device cookie it hands out. */
  async open(): Promise<RawResponse> {
    const response = await this.request(`/${this.token}/`);
    const setCookie = response.headers['set-cookie']?.[0];
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return response;
  }

  form(): Promise<RawResponse> {
    return this.request(`/${this.token}/form`);
  }

  /** Posts answers as the page does; `headers` replace the browser's (content type, origin). */
  submit(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return this.request(`/${this.token}/answers`, {
      method: 'POST',
      body: text,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        origin: this.url.origin,
        ...headers,
      },
    });
  }
}
