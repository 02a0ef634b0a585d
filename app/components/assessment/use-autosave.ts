import { useCallback, useEffect, useRef, useState } from 'react';
import {
  autosaveBody,
  autosaveReply,
  type AnswerView,
  type AutosaveReply,
} from '~/domain/autosave-contract';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline'; retryIn: number }
  | { kind: 'invalid'; error: string }
  | { kind: 'locked' }
  | { kind: 'conflict'; current: ConflictAnswer }
  /** Signed out meanwhile (or the form expired): reloading the page gets a fresh session. */
  | { kind: 'expired' }
  | { kind: 'failed' };

/** The answer someone else saved in the meantime, as the server sends it back. */
export type ConflictAnswer = AnswerView;

interface Operation {
  id: string;
  fields: [string, string][];
  /** How many edits the fields include: once they are saved, later edits alone stay unsaved. */
  edits: number;
}

const RETRY_DELAYS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

function newOperationId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Saves one question's fields as the person answers. "Saved" shows only after the server said
 * so. A failed request is retried with the same operation id (the server counts it once); while
 * one save is unresolved, later changes wait and go next, on the revision it produced.
 */
export function useAutosave({
  questionId,
  url,
  csrf,
  initialRevision,
}: {
  questionId: string;
  url: string;
  csrf: string;
  initialRevision: number;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // Something typed or chosen that the server has not confirmed yet (the page warns on leaving).
  const [dirty, setDirty] = useState(false);
  const edits = useRef(0);
  const revision = useRef(initialRevision);
  // Mirrors the ref for rendering: the plain Save button posts the revision last confirmed.
  const [knownRevision, setKnownRevision] = useState(initialRevision);
  const inFlight = useRef<Operation | null>(null);
  const next = useRef<[string, string][] | null>(null);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const send = useCallback(
    async function run(operation: Operation): Promise<void> {
      setState({ kind: 'saving' });
      const body = autosaveBody(
        { questionId, operation: operation.id, csrf },
        revision.current,
        operation.fields,
      );
      let reply: AutosaveReply;
      try {
        const response = await fetch(url, {
          method: 'POST',
          body,
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          redirect: 'manual',
        });
        if (response.status === 413) {
          inFlight.current = null;
          setState({ kind: 'invalid', error: 'answer.tooLarge' });
          return;
        }
        if (response.type === 'opaqueredirect' || response.status === 403) {
          inFlight.current = null;
          next.current = null;
          setState({ kind: 'expired' });
          return;
        }
        if (response.status >= 500 || !response.headers.get('content-type')?.includes('json')) {
          throw new Error(`server ${response.status}`);
        }
        const parsed = autosaveReply.safeParse(await response.json());
        // A reply the contract does not describe is no answer: like a server error, retried.
        if (!parsed.success) throw new Error('unreadable reply');
        reply = parsed.data;
      } catch {
        // Offline, or the server is restarting: try again, with the same operation id.
        const delay = RETRY_DELAYS[Math.min(attempt.current, RETRY_DELAYS.length - 1)] ?? 30_000;
        attempt.current += 1;
        setState({ kind: 'offline', retryIn: Math.round(delay / 1000) });
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void run(operation), delay);
        return;
      }
      attempt.current = 0;
      inFlight.current = null;
      if (
        reply.status === 'saved' ||
        reply.status === 'duplicate' ||
        reply.status === 'unchanged'
      ) {
        revision.current = reply.revision;
        setKnownRevision(reply.revision);
        if (operation.edits === edits.current) setDirty(false);
        setState({
          kind: 'saved',
          at: reply.status === 'saved' ? reply.savedAt : new Date().toISOString(),
        });
      } else if (reply.status === 'conflict' && reply.current) {
        next.current = null;
        setState({ kind: 'conflict', current: reply.current });
        return;
      } else if (reply.status === 'invalid') {
        setState({ kind: 'invalid', error: reply.error });
      } else if (reply.status === 'locked') {
        next.current = null;
        setState({ kind: 'locked' });
        return;
      } else {
        setState({ kind: 'failed' });
      }
      const queued = next.current;
      if (queued) {
        next.current = null;
        const operationNext = { id: newOperationId(), fields: queued, edits: edits.current };
        inFlight.current = operationNext;
        await run(operationNext);
      }
    },
    [csrf, questionId, url],
  );

  /** Called on every change in the question's fields, before any save is due. */
  const edited = useCallback(() => {
    edits.current += 1;
    setDirty(true);
  }, []);

  /** The page's own Save button saved the question (the fields as they now stand). */
  const savedElsewhere = useCallback(() => setDirty(false), []);

  const save = useCallback(
    (fields: [string, string][]) => {
      if (inFlight.current) {
        next.current = fields;
        return;
      }
      const operation = { id: newOperationId(), fields, edits: edits.current };
      inFlight.current = operation;
      void send(operation);
    },
    [send],
  );

  /** After a conflict: keep my answer (saved over theirs, knowingly) or take theirs. */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs', mine: [string, string][]) => {
      if (state.kind !== 'conflict') return;
      revision.current = state.current.revision;
      setKnownRevision(state.current.revision);
      if (choice === 'theirs') {
        setDirty(false);
        setState({ kind: 'idle' });
        return;
      }
      save(mine);
    },
    [save, state],
  );

  useEffect(() => {
    const retryNow = () => {
      const operation = inFlight.current;
      if (!operation || state.kind !== 'offline') return;
      clearTimeout(timer.current);
      void send(operation);
    };
    window.addEventListener('online', retryNow);
    return () => window.removeEventListener('online', retryNow);
  }, [send, state.kind]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { state, save, resolve, knownRevision, dirty, edited, savedElsewhere };
}
