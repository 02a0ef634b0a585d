import { useBlocker } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Which questions of the page hold input the server has not confirmed yet. */
export function useUnsavedQuestions() {
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((questionId: string, dirty: boolean) => {
    setUnsaved((current) => {
      if (current.has(questionId) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(questionId);
      else next.delete(questionId);
      return next;
    });
  }, []);
  return { count: unsaved.size, report };
}

/**
 * While answers are unsaved, leaving the page asks first: the browser's own warning for a reload,
 * a closed tab or a typed address, and this dialog for a link inside the app.
 */
export function UnsavedGuard({ count }: { count: number }) {
  const { t } = useTranslation('assessment');
  const dialog = useRef<HTMLDialogElement>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      count > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (count === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the warning only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [count]);

  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked && !dialog.current?.open) dialog.current?.showModal();
    if (!blocked && dialog.current?.open) dialog.current.close();
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="unsaved-title"
      onCancel={() => blocker.reset?.()}
    >
      <h2 id="unsaved-title">{t('unsaved.title')}</h2>
      <p>{t('unsaved.body', { count })}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => blocker.reset?.()}>
          {t('unsaved.stay')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => blocker.proceed?.()}
        >
          {t('unsaved.leave')}
        </button>
      </p>
    </dialog>
  );
}
