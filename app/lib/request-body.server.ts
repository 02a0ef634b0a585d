/*
 * Reading a form body without trusting it: only form encodings are accepted, the size is capped
 * while the bytes arrive (before anything is parsed), and a body that cannot be parsed is a 400
 * with a message, never a 500.
 */

const KiB = 1024;

/** The most a body may weigh, by kind of form. The server refuses anything above `largest`. */
export const BODY_LIMITS = {
  /** Sign-in, account, team, admin and every other ordinary form. */
  form: 64 * KiB,
  /** One question's autosave: a text of 10,000 characters, a comment and ten links, encoded. */
  autosave: 256 * KiB,
  /** A domain's answers: the same for each of its questions. */
  answers: 2048 * KiB,
  /** The organisation CSV import: a file of up to 1 MiB, sent as multipart. */
  import: 1088 * KiB,
} as const;

export type BodyKind = keyof typeof BODY_LIMITS;

export const LARGEST_BODY = Math.max(...Object.values(BODY_LIMITS));

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function refuse(status: 400 | 413 | 415, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export const tooLarge = (limit: number) =>
  refuse(
    413,
    `This form is too large (more than ${Math.round(limit / KiB)} KiB). Nothing was saved.`,
  );

/** Reads the body up to `limit` bytes; one byte more and the reading stops with a 413. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not cancelled: that would cut the connection before the 413 reaches the client. The
      // rest stays unread (the socket is paused, nothing more is buffered) until it hangs up.
      reader.releaseLock();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The form a request carries. Anything but a form encoding is a 415; a body over the limit of
 * its kind a 413; a broken one (a cut multipart body, say) a 400. Each is thrown as a Response.
 */
export async function readFormBody(request: Request, kind: BodyKind = 'form'): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(mediaType)) {
    throw refuse(
      415,
      'This address takes form posts only (application/x-www-form-urlencoded or multipart/form-data).',
    );
  }
  const body = await readCapped(request, BODY_LIMITS[kind]);
  try {
    return await new Response(body, { headers: { 'Content-Type': type } }).formData();
  } catch {
    throw refuse(
      400,
      'The form could not be read: it arrived incomplete or malformed. Nothing was saved.',
    );
  }
}
