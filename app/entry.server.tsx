import { PassThrough } from 'node:stream';
import type {
  AppLoadContext,
  EntryContext,
  HandleDataRequestFunction,
  HandleErrorFunction,
} from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { isRouteErrorResponse, RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { NonceProvider } from '~/components/nonce';
import { documentLocale } from '~/access/locale.server';
import { i18nFor } from '~/lib/i18n.server';
import { contentSecurityPolicy } from '~/lib/security-headers.server';

export const streamTimeout = 5_000;

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** A fresh random value per request, allowed by the Content-Security-Policy. */
    cspNonce: string;
    /** The client's address (from X-Forwarded-For when TRUST_PROXY is set), for throttling and audit. */
    clientAddress: string;
    /** performance.now() when the request arrived: Server-Timing reports the time to a rendered page. */
    startedAt: number;
  }
}

/** Data for client-side navigations is private too. */
export const handleDataRequest: HandleDataRequestFunction = (response) => {
  if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  return response;
};

/** Logs what needs a developer's eye: not aborted requests, and not pages that do not exist. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status === 404) return;
  console.error(error);
};

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // Decided from the request, not from the root loader's data: an error page may have none, and
  // the browser reads the language back from <html lang> to hydrate in the same one.
  const i18n = await i18nFor(await documentLocale(request, loadContext));

  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  // Pages may show a parliament's answers: never store them, so that the back button after
  // signing out shows nothing.
  if (!responseHeaders.has('Cache-Control')) responseHeaders.set('Cache-Control', 'no-store');
  responseHeaders.set(
    'Content-Security-Policy',
    contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' }),
  );

  // Crawlers get the whole page at once; people get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get('user-agent')) ? 'onAllReady' : 'onShellReady';

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          // From the request's arrival to a rendered page: the data work and React together.
          responseHeaders.set(
            'Server-Timing',
            `app;dur=${(performance.now() - loadContext.startedAt).toFixed(1)}`,
          );
          const body = new PassThrough();
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell are reported by onShellError; later ones only here.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}
