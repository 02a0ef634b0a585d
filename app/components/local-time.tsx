import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A moment in the reader's time zone. The server does not know it, so the first render (on the
 * server and while hydrating) says UTC, and the browser then switches to local time.
 */
export function LocalTime({
  iso,
  style = 'datetime',
}: {
  iso: string;
  style?: 'datetime' | 'time' | 'date';
}) {
  const { i18n } = useTranslation();
  const [local, setLocal] = useState(false);
  useEffect(() => setLocal(true), []);
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { timeStyle: 'short' }
      : style === 'date'
        ? { dateStyle: 'medium' }
        : { dateStyle: 'medium', timeStyle: 'short' };
  const text = new Intl.DateTimeFormat(
    i18n.language,
    local ? options : { ...options, timeZone: 'UTC' },
  ).format(new Date(iso));
  return <time dateTime={iso}>{local || style === 'date' ? text : `${text} UTC`}</time>;
}
