import { useTranslation } from 'react-i18next';
import type { DashboardView } from '~/services/dashboard.server';

/** How many peers the figures stand on (or that they are too few), and what was not understood. */
export function PeerCount({
  peers,
  viewerInGroup,
  ignored,
}: Pick<DashboardView, 'peers' | 'viewerInGroup'> & { ignored: readonly string[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      {ignored.length ? (
        <p className="notice notice--warning">
          {t('peers.ignored', { fields: ignored.join(', ') })}
        </p>
      ) : null}
      <p role="status" className="peer-count">
        {peers.shown
          ? t('peers.count', { count: peers.value })
          : t('peers.fewer', { minimum: peers.minimum })}{' '}
        {viewerInGroup ? '' : t('peers.notInGroup')}
      </p>
    </>
  );
}
